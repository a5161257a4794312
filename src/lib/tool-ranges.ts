/** A tool's ages and minutes in words: one rule for the tool page, the comparison table and the chooser script. */

export const AGE_KEYS = ['kb.tool.anyAge', 'kb.tool.agesFrom', 'kb.tool.agesTo', 'kb.tool.agesRange'] as const;
export type AgeKey = (typeof AGE_KEYS)[number];

/** The interface string that describes an age range, and the values it takes. */
export function ageRange(min: number | null, max: number | null): { key: AgeKey; values: Record<string, number> } {
	if (min === null && max === null) return { key: 'kb.tool.anyAge', values: {} };
	if (max === null) return { key: 'kb.tool.agesFrom', values: { min: min! } };
	if (min === null) return { key: 'kb.tool.agesTo', values: { max } };
	return { key: 'kb.tool.agesRange', values: { min, max } };
}

/** "5" or "5–10". */
export function minutesRange(minutes: { min: number; max: number }): string {
	return minutes.min === minutes.max ? `${minutes.min}` : `${minutes.min}–${minutes.max}`;
}
