/**
 * "A patient in front of me": for each care setting, the protocol whose "what to do now" fits it, and the screening
 * tool the chooser ranks first there for an adolescent and for an adult. Pure.
 */
import { type ChooserTool, chooseTools } from './tool-chooser.ts';

/** The settings offered, each with the protocol to open (a setting code from src/schemas/vocabulary.ts). */
export const PATIENT_SETTINGS: readonly { setting: string; protocol: string }[] = [
	{ setting: 'emergency-department', protocol: 'protocols/emergency-department' },
	{ setting: 'primary-care', protocol: 'protocols/primary-care' },
	{ setting: 'pediatric-care', protocol: 'protocols/children-and-adolescents' },
	{ setting: 'reproductive-health', protocol: 'protocols/sexual-and-reproductive-health' },
	{ setting: 'mental-health', protocol: 'protocols/mental-health' },
	{ setting: 'dental', protocol: 'protocols/dental-and-oral-health' },
	{ setting: 'community-health-center', protocol: 'protocols/care-coordination-and-referral' },
];

/** Ages the screening suggestion is made for: an adolescent and an adult. */
export const PATIENT_AGES = { adolescent: 15, adult: 30 } as const;

/** Anchors of the state guide's parts this entry opens. */
export const STATE_ANCHORS = { reportAndCall: 'report-and-call', coverageMatrix: 'coverage-matrix' } as const;

/** The screen or assessment the chooser puts first for this setting and age (response approaches are not screens). */
export function toolFor(tools: readonly ChooserTool[], setting: string, age: number): ChooserTool | undefined {
	const first = chooseTools(tools, { age, setting, minutes: null }).suggestions.find((s) => s.fit !== 'approach');
	return first && tools.find((t) => t.id === first.id);
}
