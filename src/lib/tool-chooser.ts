/**
 * The screening-tool chooser: given a patient's age, the care setting and the minutes available, which tools
 * fit and why. Pure, so it runs the same in the browser and in tests.
 *
 * Safety rule: a tool is never offered for an age outside the ages its sources state, nor for an age group its
 * stated populations do not include. A tool whose ages no source states is not matched to the patient at all; it
 * is listed apart, as "ages not stated", so the reader knows it exists without being told it fits.
 */

import type { ScreeningToolData } from '../schemas/screening-tool.ts';
import type { ToolKind, ValidationStatus } from '../schemas/vocabulary.ts';
import { INDEPENDENTLY_VALIDATED, validationStatus } from './tool-evidence.ts';
import type { AgeMax } from './tool-ranges.ts';

export interface ChooserTool {
	id: string;
	abbreviation: string;
	kind: ToolKind;
	/** Derived from the tool's studies (src/lib/tool-evidence.ts), never typed by an author. */
	validation: ValidationStatus;
	ageMin: number | null;
	ageMax: AgeMax;
	populations: string[];
	settings: string[];
	minutes: { min: number; max: number } | null;
}

export interface ChooserInput {
	age: number;
	/** A setting code, or 'any-setting'. */
	setting: string;
	/** Minutes available, or null when the reader did not say. */
	minutes: number | null;
}

export type Reason =
	| { key: 'kb.chooser.reason.ages'; min: number | null; max: AgeMax }
	| { key: 'kb.chooser.reason.setting' }
	| { key: 'kb.chooser.reason.otherSetting' }
	| { key: 'kb.chooser.reason.fitsTime'; max: number }
	| { key: 'kb.chooser.reason.timeUnknown' }
	| { key: 'kb.chooser.reason.validated' }
	| { key: 'kb.chooser.reason.validatedSecondary' }
	| { key: 'kb.chooser.reason.internalOnly' }
	| { key: 'kb.chooser.reason.validityOnly' }
	| { key: 'kb.chooser.reason.pretested' }
	| { key: 'kb.chooser.reason.notValidated' }
	| { key: 'kb.chooser.reason.notAScreen' }
	| { key: 'kb.chooser.reason.longAssessment' };

export type Fit = 'suggested' | 'possible' | 'approach';

export interface Suggestion {
	id: string;
	abbreviation: string;
	fit: Fit;
	reasons: Reason[];
}

export interface ChooserResult {
	suggestions: Suggestion[];
	/** Tools whose sources do not state the ages needed to judge this patient: named, never matched. */
	agesNotStated: { id: string; abbreviation: string }[];
}

export type AgeFit = 'inside' | 'outside' | 'not-stated';

/**
 * Age groups a tool's `populations` must name for a patient of this age. Our rule, not a source's: under 10 is a
 * child (the youngest age any catalogued screen was studied at is 10), 10 to 17 a child or adolescent, 18 and over
 * an adult or young adult. `all-patients` fits everyone.
 */
const ADULT_GROUPS = ['adults', 'young-adults', 'all-patients'];
function populationGroups(age: number): string[] {
	if (age < 10) return ['children', 'all-patients'];
	if (age < 18) return ['children', 'adolescents', 'all-patients'];
	return ADULT_GROUPS;
}

/** Inside the stated range (inclusive), outside it, or not judgeable because a needed bound is not stated. */
export function fitsAge(tool: Pick<ChooserTool, 'ageMin' | 'ageMax' | 'populations'>, age: number): AgeFit {
	if (!populationGroups(age).some((g) => tool.populations.includes(g))) return 'outside';
	if (tool.ageMin !== null && age < tool.ageMin) return 'outside';
	if (typeof tool.ageMax === 'number' && age > tool.ageMax) return 'outside';
	if (tool.ageMin === null) return 'not-stated';
	// An unstated upper age is capped by the populations when they name only minors (e.g. "children, adolescents"):
	// the age-group check above has already excluded adults, so a minor at or above the stated minimum fits.
	if (tool.ageMax === null) return ADULT_GROUPS.some((g) => tool.populations.includes(g)) ? 'not-stated' : 'inside';
	return 'inside';
}

const VALIDATION_RANK: Record<ValidationStatus, number> = {
	'external-accuracy': 0,
	'external-secondary': 1,
	'internal-accuracy': 2,
	'validity-only': 3,
	pretested: 4,
	'no-accuracy-study': 5,
	'not-applicable': 6,
};
const VALIDATION_REASON: Record<ValidationStatus, Reason | undefined> = {
	'external-accuracy': { key: 'kb.chooser.reason.validated' },
	'external-secondary': { key: 'kb.chooser.reason.validatedSecondary' },
	'internal-accuracy': { key: 'kb.chooser.reason.internalOnly' },
	'validity-only': { key: 'kb.chooser.reason.validityOnly' },
	pretested: { key: 'kb.chooser.reason.pretested' },
	'no-accuracy-study': { key: 'kb.chooser.reason.notValidated' },
	'not-applicable': undefined,
};

/**
 * Tools for this patient, best first: response approaches stated for every patient are offered as such;
 * screens and assessments must fit the age and, when the reader gave one, the time. Setting and validation rank them.
 */
export function chooseTools(tools: readonly ChooserTool[], input: ChooserInput): ChooserResult {
	const out: (Suggestion & { rank: number[] })[] = [];
	const agesNotStated: ChooserResult['agesNotStated'] = [];
	for (const tool of tools) {
		const ageFit = fitsAge(tool, input.age);
		if (ageFit === 'outside') continue;
		if (ageFit === 'not-stated') {
			agesNotStated.push({ id: tool.id, abbreviation: tool.abbreviation });
			continue;
		}
		const reasons: Reason[] = [{ key: 'kb.chooser.reason.ages', min: tool.ageMin, max: tool.ageMax }];
		if (tool.kind === 'response-approach') {
			out.push({
				id: tool.id,
				abbreviation: tool.abbreviation,
				fit: 'approach',
				reasons: [{ key: 'kb.chooser.reason.notAScreen' }],
				rank: [2, 0, 0],
			});
			continue;
		}
		if (input.minutes !== null && tool.minutes && tool.minutes.min > input.minutes) continue;
		const inSetting = input.setting === 'any-setting' || tool.settings.includes(input.setting) || tool.settings.includes('any-setting');
		reasons.push(inSetting ? { key: 'kb.chooser.reason.setting' } : { key: 'kb.chooser.reason.otherSetting' });
		if (tool.minutes) reasons.push({ key: 'kb.chooser.reason.fitsTime', max: tool.minutes.max });
		else reasons.push({ key: 'kb.chooser.reason.timeUnknown' });
		if (tool.kind === 'identification') reasons.push({ key: 'kb.chooser.reason.longAssessment' });
		const validation = VALIDATION_REASON[tool.validation];
		if (validation) reasons.push(validation);
		const fit: Fit = inSetting && tool.kind === 'screening' && INDEPENDENTLY_VALIDATED.includes(tool.validation) ? 'suggested' : 'possible';
		out.push({
			id: tool.id,
			abbreviation: tool.abbreviation,
			fit,
			reasons,
			rank: [fit === 'suggested' ? 0 : 1, inSetting ? 0 : 1, VALIDATION_RANK[tool.validation]],
		});
	}
	const suggestions = out
		.sort(
			(a, b) =>
				a.rank[0]! - b.rank[0]! || a.rank[1]! - b.rank[1]! || a.rank[2]! - b.rank[2]! || a.abbreviation.localeCompare(b.abbreviation),
		)
		.map(({ rank: _rank, ...s }) => s);
	return { suggestions, agesNotStated: agesNotStated.sort((a, b) => a.abbreviation.localeCompare(b.abbreviation)) };
}

/** The chooser's view of a tool page: its validation label is derived from its studies here, never read from the page. */
export function chooserTool({ slug, data }: { slug: string; data: ScreeningToolData }): ChooserTool {
	return {
		id: slug,
		abbreviation: data.abbreviation,
		kind: data.kind,
		validation: validationStatus(data.kind, data.studies),
		populations: data.populations,
		ageMin: data.ageMin,
		ageMax: data.ageMax,
		settings: data.settings,
		minutes: data.minutes,
	};
}
