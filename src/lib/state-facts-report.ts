/**
 * Per fact, how many jurisdictions hold it from a primary source, from a secondary one, as null (looked for, not
 * verified) or not at all (not yet researched): the figures the state guides' closing note gives.
 */
import type { StateFacts } from '../schemas/state-guide.ts';
import { ALL_FACT_KEYS, type AnyFactKey } from './state-fact-groups.ts';

export interface FactCount {
	fact: AnyFactKey;
	primary: number;
	secondary: number;
	null: number;
	missing: number;
}

export function factCounts(facts: readonly StateFacts[]): FactCount[] {
	return ALL_FACT_KEYS.map((key) => {
		const row: FactCount = { fact: key, primary: 0, secondary: 0, null: 0, missing: 0 };
		for (const f of facts) {
			const fact = f[key];
			if (!fact) row.missing++;
			else if (fact.value === null) row.null++;
			else row[fact.grade]++;
		}
		return row;
	});
}

/** A plain-text table, one line per fact, then the total number of jurisdictions. */
export function formatFactCounts(rows: readonly FactCount[], jurisdictions: number): string {
	const width = Math.max(...rows.map((r) => r.fact.length), 'fact'.length);
	const cols = ['primary', 'secondary', 'null', 'missing'] as const;
	const line = (name: string, cells: readonly (string | number)[]) =>
		`${name.padEnd(width)}  ${cells.map((c) => String(c).padStart(9)).join(' ')}`;
	return [
		line('fact', cols),
		...rows.map((r) =>
			line(
				r.fact,
				cols.map((c) => r[c]),
			),
		),
		'',
		`${jurisdictions} jurisdictions. null: looked for, not verified (the note says where to check); missing: not yet researched.`,
	].join('\n');
}
