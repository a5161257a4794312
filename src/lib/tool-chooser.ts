/**
 * The screening-tool chooser: given a patient's age, the care setting and the minutes available, which tools
 * fit and why. Pure, so it runs the same in the browser and in tests.
 */
import type { ToolKind, ValidationStatus } from '../schemas/vocabulary.ts';

export interface ChooserTool {
	id: string;
	abbreviation: string;
	kind: ToolKind;
	validation: ValidationStatus;
	ageMin: number | null;
	ageMax: number | null;
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
	| { key: 'kb.chooser.reason.ages'; min: number | null; max: number | null }
	| { key: 'kb.chooser.reason.setting' }
	| { key: 'kb.chooser.reason.otherSetting' }
	| { key: 'kb.chooser.reason.fitsTime'; max: number }
	| { key: 'kb.chooser.reason.timeUnknown' }
	| { key: 'kb.chooser.reason.validated' }
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

/** Does the age fall in the tool's range (inclusive)? An open end means no limit. */
export function fitsAge(tool: Pick<ChooserTool, 'ageMin' | 'ageMax'>, age: number): boolean {
	return (tool.ageMin === null || age >= tool.ageMin) && (tool.ageMax === null || age <= tool.ageMax);
}

const VALIDATION_RANK: Record<ValidationStatus, number> = { validated: 0, pretested: 1, 'not-validated': 2, 'not-applicable': 3 };
const VALIDATION_REASON: Record<ValidationStatus, Reason | undefined> = {
	validated: { key: 'kb.chooser.reason.validated' },
	pretested: { key: 'kb.chooser.reason.pretested' },
	'not-validated': { key: 'kb.chooser.reason.notValidated' },
	'not-applicable': undefined,
};

/**
 * Tools for this patient, best first: response approaches (usable with anyone) are always offered as such;
 * screens and assessments must fit the age and, when the reader gave one, the time. Setting and validation rank them.
 */
export function chooseTools(tools: readonly ChooserTool[], input: ChooserInput): Suggestion[] {
	const out: (Suggestion & { rank: number[] })[] = [];
	for (const tool of tools) {
		if (!fitsAge(tool, input.age)) continue;
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
		const fit: Fit = inSetting && tool.kind === 'screening' && tool.validation === 'validated' ? 'suggested' : 'possible';
		out.push({
			id: tool.id,
			abbreviation: tool.abbreviation,
			fit,
			reasons,
			rank: [fit === 'suggested' ? 0 : 1, inSetting ? 0 : 1, VALIDATION_RANK[tool.validation]],
		});
	}
	return out
		.sort(
			(a, b) =>
				a.rank[0]! - b.rank[0]! || a.rank[1]! - b.rank[1]! || a.rank[2]! - b.rank[2]! || a.abbreviation.localeCompare(b.abbreviation),
		)
		.map(({ rank: _rank, ...s }) => s);
}
