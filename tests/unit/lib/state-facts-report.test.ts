/** The facts report counts each jurisdiction's fact once, by grade, null or missing. */
import { describe, expect, it } from 'vitest';
import { factCounts, formatFactCounts } from '../../../src/lib/state-facts-report.ts';
import { type StateFacts, stateGuideSchema } from '../../../src/schemas/state-guide.ts';
import { fixtures } from '../../support/content-fixtures.ts';

function facts(extra: Record<string, unknown> = {}): StateFacts {
	const guide = fixtures.stateGuide();
	return stateGuideSchema.parse({ ...guide, facts: { ...guide.facts, ...extra } }).facts;
}

describe('state facts report', () => {
	const safeHarbor = (grade: string) => ({ value: 'diversion', asOf: '2026-11-30', source: 'fixture-source', grade });
	const rows = factCounts([
		facts({ safeHarbor: safeHarbor('primary') }),
		facts({ safeHarbor: safeHarbor('secondary') }),
		facts({ safeHarbor: { value: null, asOf: '2026-11-30', source: null, note: 'Check the penal code.' } }),
		facts(),
	]);
	const row = (fact: string) => rows.find((r) => r.fact === fact)!;

	it('counts primary, secondary, null and missing per fact', () => {
		expect(row('safeHarbor')).toEqual({ fact: 'safeHarbor', primary: 1, secondary: 1, null: 1, missing: 1 });
		// In the fixture: ichiaChildren is secondary, crime victim compensation is null, the new facts are absent.
		expect(row('ichiaChildren')).toMatchObject({ primary: 0, secondary: 4 });
		expect(row('crimeVictimCompensation')).toMatchObject({ null: 4 });
		expect(row('childAbuseReporting')).toMatchObject({ missing: 4 });
	});

	it('adds up to the number of jurisdictions for every fact, and prints one line per fact', () => {
		for (const r of rows) expect(r.primary + r.secondary + r.null + r.missing, r.fact).toBe(4);
		const text = formatFactCounts(rows, 4);
		expect(text.split('\n')).toHaveLength(rows.length + 3);
		expect(text).toMatch(/^safeHarbor\s+1\s+1\s+1\s+1$/m);
		expect(text).toContain('4 jurisdictions');
	});
});
