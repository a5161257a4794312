/** The "what this means" text follows the facts: it never claims what the data does not say. */
import { describe, expect, it } from 'vitest';
import { stateNarrative } from '../../../src/lib/state-narrative.ts';
import { stateGuideSchema } from '../../../src/schemas/state-guide.ts';
import { fixtures } from '../../support/content-fixtures.ts';

const format = { date: (iso: string) => `D(${iso})`, marketplace: (code: string) => `M(${code})` };
const facts = () => stateGuideSchema.parse(fixtures.stateGuide()).facts;
const keys = (f = facts()) => stateNarrative('Texas', f, format).map((p) => p.key);

describe('state narrative', () => {
	it('always opens with the federal rule for adults since October 2026, labelled as analysis', () => {
		const [first] = stateNarrative('Texas', facts(), format);
		expect(first).toMatchObject({ key: 'kb.state.federalAdults', analysis: true, params: { state: 'Texas' } });
	});
	it('follows each yes/no/unknown fact', () => {
		const f = facts();
		expect(keys(f)).toEqual(
			expect.arrayContaining([
				'kb.state.expansion.no',
				'kb.state.ichiaChildren.yes',
				'kb.state.ichiaPregnant.no',
				'kb.state.postpartum.yes',
				'kb.state.stateFunded.no',
			]),
		);
		f.ichiaChildren.value = null;
		f.postpartum12Months.value = null;
		expect(keys(f)).toEqual(expect.arrayContaining(['kb.state.ichiaChildren.unknown', 'kb.state.postpartum.unknown']));
	});
	it('gives the expansion date when there is one', () => {
		const f = facts();
		f.medicaidExpansion = { ...f.medicaidExpansion, value: true, effective: '2014-01-01' };
		const para = stateNarrative('Ohio', f, format).find((p) => p.key === 'kb.state.expansion.yes');
		expect(para?.params.date).toBe('D(2014-01-01)');
	});
	it('says which group a state-funded program covers', () => {
		const f = facts();
		f.stateFundedChildren.value = true;
		expect(keys(f)).toContain('kb.state.stateFunded.children');
		f.stateFundedAdults.value = true;
		expect(keys(f)).toContain('kb.state.stateFunded.both');
		f.stateFundedAdults.value = null;
		expect(keys(f)).toContain('kb.state.stateFunded.unknown');
	});
	it("names the Marketplace model in the reader's language, or says it is unverified", () => {
		const f = facts();
		expect(stateNarrative('Texas', f, format).find((p) => p.key === 'kb.state.marketplace.known')?.params).toMatchObject({
			type: 'M(FFE)',
			typeCode: 'FFE',
			year: '2026',
		});
		f.marketplace.value = null;
		expect(keys(f)).toContain('kb.state.marketplace.unknown');
	});
});
