/** A tool's ages and minutes in words: one rule for the tool page, the comparison table and the chooser script. */

export const AGE_KEYS = [
	'kb.tool.agesNotStated',
	'kb.tool.anyAge',
	'kb.tool.agesFrom',
	'kb.tool.agesFromMaxNotStated',
	'kb.tool.agesToMinNotStated',
	'kb.tool.agesRange',
] as const;
export type AgeKey = (typeof AGE_KEYS)[number];

/** `null` means no source states the bound; `'none'` means a source states there is no upper limit. */
export type AgeMax = number | 'none' | null;

/** The interface string that describes an age range, and the values it takes. An unknown bound is never shown as "any". */
export function ageRange(min: number | null, max: AgeMax): { key: AgeKey; values: Record<string, number> } {
	if (min === null && (max === null || max === 'none')) return { key: 'kb.tool.agesNotStated', values: {} };
	if (min === null) return { key: 'kb.tool.agesToMinNotStated', values: { max: max as number } };
	if (max === 'none') return min === 0 ? { key: 'kb.tool.anyAge', values: {} } : { key: 'kb.tool.agesFrom', values: { min } };
	if (max === null) return { key: 'kb.tool.agesFromMaxNotStated', values: { min } };
	return { key: 'kb.tool.agesRange', values: { min, max } };
}

/** "5" or "5–10". */
export function minutesRange(minutes: { min: number; max: number }): string {
	return minutes.min === minutes.max ? `${minutes.min}` : `${minutes.min}–${minutes.max}`;
}
