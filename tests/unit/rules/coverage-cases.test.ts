/**
 * The case table (coverage-cases.yaml) run against the coverage rules. Each case was written from the law it cites;
 * a failure means the rules and the law disagree, not that the table needs regenerating.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { coverageRoutes } from '../../../src/rules/index.ts';
import { type JurisdictionFacts, ROUTE_CODES, type RouteCode, type StateProgramInput } from '../../../src/rules/types.ts';
import type { ImmigrationSituation, PatientGroup } from '../../../src/schemas/vocabulary.ts';
import { IMMIGRATION_SITUATION_CODES, PATIENT_GROUP_CODES } from '../../../src/schemas/vocabulary.ts';

interface Case {
	id: string;
	state: string;
	date: string | Date;
	group: PatientGroup;
	situation: ImmigrationSituation;
	expect: Partial<Record<RouteCode, string>>;
	retro?: Partial<Record<RouteCode, number>>;
	conditions?: Partial<Record<RouteCode, string[]>>;
	absent?: Partial<Record<RouteCode, string[]>>;
	cite: string;
	why: string;
}
type Shorthand = Record<string, unknown>;
const table = load(readFileSync(new URL('./coverage-cases.yaml', import.meta.url), 'utf8')) as {
	states: Record<string, { from: string; facts: Shorthand }>;
	cases: Case[];
};

const iso = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
const SOURCE = 'case-table';

/** The table writes facts as plain values; the rules read them as facts with a source. */
function facts(short: Shorthand): JurisdictionFacts {
	const out: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(short)) {
		if (name === 'crimeVictimCompensation')
			out[name] = { value: value ? { name: 'Program', url: 'https://example.org/' } : null, source: value ? SOURCE : null };
		else if (name === 'stateFundedCoverage' || name === 'survivorPrograms')
			out[name] = {
				value: (value as Partial<StateProgramInput>[]).map((p) => ({
					url: 'https://example.org/',
					groups: [],
					situations: [],
					benefits: [],
					enrollment: 'open',
					from: null,
					until: null,
					source: SOURCE,
					...p,
					...(p.from ? { from: iso(p.from as unknown as string | Date) } : {}),
				})),
				source: SOURCE,
			};
		else out[name] = { value, source: value === null ? null : SOURCE };
	}
	return out as JurisdictionFacts;
}

describe('coverage case table', () => {
	it('is large enough and covers every situation, group, route, state and date side the issue names', () => {
		const cases = table.cases;
		expect(cases.length).toBeGreaterThanOrEqual(80);
		expect(new Set(cases.map((c) => c.situation))).toEqual(new Set(IMMIGRATION_SITUATION_CODES));
		expect(new Set(cases.map((c) => c.group))).toEqual(new Set(PATIENT_GROUP_CODES));
		expect(new Set(cases.flatMap((c) => Object.keys(c.expect)))).toEqual(new Set(ROUTE_CODES));
		const states = new Set(cases.map((c) => c.state));
		expect(states.size).toBeGreaterThanOrEqual(10);
		for (const s of ['TX', 'CA', 'NY', 'FL', 'IL']) expect(states).toContain(s);
		const days = cases.map((c) => iso(c.date));
		for (const pivot of ['2026-10-01', '2027-01-01']) {
			expect(days.some((d) => d < pivot)).toBe(true);
			expect(days.some((d) => d >= pivot)).toBe(true);
		}
		for (const c of cases) {
			expect(c.cite, c.id).toBeTruthy();
			expect(c.why, c.id).toBeTruthy();
			expect(table.states[c.state], `${c.id}: state ${c.state} in the states block`).toBeDefined();
		}
		expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
	});

	for (const c of table.cases)
		it(`${c.id}: ${c.why}`, () => {
			const routes = coverageRoutes({
				jurisdiction: c.state,
				facts: facts(table.states[c.state]!.facts),
				date: iso(c.date),
				group: c.group,
				situation: c.situation,
			});
			const by = new Map(routes.map((r) => [r.route, r]));
			const got = Object.fromEntries(Object.keys(c.expect).map((k) => [k, by.get(k as RouteCode)?.status]));
			expect(got, `${c.id} (${c.cite})`).toEqual(c.expect);
			for (const [route, months] of Object.entries(c.retro ?? {}))
				expect(by.get(route as RouteCode)?.retroactiveMonths, `${c.id} retroactive ${route}`).toBe(months);
			for (const [route, codes] of Object.entries(c.conditions ?? {}))
				expect(by.get(route as RouteCode)?.conditions, `${c.id} conditions ${route}`).toEqual(expect.arrayContaining(codes));
			for (const [route, codes] of Object.entries(c.absent ?? {}))
				for (const code of codes) expect(by.get(route as RouteCode)?.conditions, `${c.id} no ${code}`).not.toContain(code);
			for (const r of routes) {
				expect(r.citation, `${c.id} ${r.route} citation`).toBeTruthy();
				if (r.status !== 'not-verified') expect(r.sources.length, `${c.id} ${r.route} sources`).toBeGreaterThan(0);
			}
		});
});
