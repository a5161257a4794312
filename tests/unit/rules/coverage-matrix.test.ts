/**
 * The state matrix follows the build date: the clock is pinned on both sides of each date of P.L. 119-21 that
 * changes what a state page shows (1 October 2026, 1 January 2027).
 */
import { describe, expect, it } from 'vitest';
import { ruleAnchor, rulesUsed, stateMatrix } from '../../../src/lib/coverage-matrix.ts';
import { dayBefore, KEY_DATES } from '../../../src/rules/federal-rules.ts';
import { stateGuideSchema } from '../../../src/schemas/state-guide.ts';
import { IMMIGRATION_SITUATION_CODES, PATIENT_GROUP_CODES } from '../../../src/schemas/vocabulary.ts';
import { fixtures } from '../../support/content-fixtures.ts';

const guide = () => stateGuideSchema.parse(fixtures.stateGuide());
const open = (date: string, situation: string, group: string) =>
	stateMatrix('TX', guide().facts, date)
		.find((c) => c.situation === situation && c.group === group)!
		.routes.filter((r) => r.status === 'open')
		.map((r) => r.route);

describe('state coverage matrix', () => {
	it('has a cell for every situation and patient group', () => {
		const cells = stateMatrix('TX', guide().facts, KEY_DATES.medicaidStatusLimit);
		expect(cells).toHaveLength(IMMIGRATION_SITUATION_CODES.length * PATIENT_GROUP_CODES.length);
	});

	it('shows full Medicaid for a certified adult the day before section 71109, and not on its first day', () => {
		expect(open(dayBefore(KEY_DATES.medicaidStatusLimit), 't-visa', 'adult')).toContain('full-medicaid');
		const after = open(KEY_DATES.medicaidStatusLimit, 't-visa', 'adult');
		expect(after).not.toContain('full-medicaid');
		expect(after).toEqual(expect.arrayContaining(['emergency-medicaid', 'refugee-medical-assistance']));
	});

	it('drops the premium tax credit for non-LPR survivors on 1 January 2027, not before', () => {
		expect(open(dayBefore(KEY_DATES.ptcEligibleAliensOnly), 'continued-presence', 'adult')).toContain('marketplace-ptc');
		expect(open(KEY_DATES.ptcEligibleAliensOnly, 'continued-presence', 'adult')).not.toContain('marketplace-ptc');
	});

	it('sends a child with an Eligibility Letter to URM, not only to RMA', () => {
		expect(open(KEY_DATES.medicaidStatusLimit, 'eligibility-letter', 'child')).toContain('urm');
	});

	it('links every route to a rule listed once, with an anchor', () => {
		const rules = rulesUsed(stateMatrix('TX', guide().facts, KEY_DATES.retroactiveCut));
		expect(new Set(rules.map((r) => r.rule)).size).toBe(rules.length);
		for (const r of rules) expect(ruleAnchor(r.rule)).toMatch(/^rule-[a-z0-9-]+$/i);
	});
});
