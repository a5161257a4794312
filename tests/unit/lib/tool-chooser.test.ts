/** The chooser suggests tools that fit the patient's age, the setting and the time, and says why. */
import { describe, expect, it } from 'vitest';
import { type ChooserTool, chooseTools, fitsAge } from '../../../src/lib/tool-chooser.ts';

const tool = (t: Partial<ChooserTool> & Pick<ChooserTool, 'id'>): ChooserTool => ({
	abbreviation: t.id.toUpperCase(),
	kind: 'screening',
	validation: 'validated',
	ageMin: null,
	ageMax: null,
	settings: ['emergency-department'],
	minutes: { min: 1, max: 3 },
	...t,
});
const TOOLS: ChooserTool[] = [
	tool({ id: 'adult-ed', ageMin: 18, settings: ['emergency-department'] }),
	tool({ id: 'teen-ed', ageMin: 10, ageMax: 17, settings: ['emergency-department', 'pediatric-care'] }),
	tool({ id: 'young-adult', ageMin: 18, ageMax: 22, settings: ['shelter'] }),
	tool({ id: 'long', kind: 'identification', ageMin: 12, minutes: { min: 30, max: 60 }, settings: ['social-services'] }),
	tool({ id: 'unvalidated', validation: 'not-validated', ageMin: 18, minutes: null, settings: ['any-setting'] }),
	tool({ id: 'approach', kind: 'response-approach', validation: 'not-applicable', minutes: null, settings: ['any-setting'] }),
];
const ids = (age: number, setting = 'emergency-department', minutes: number | null = 5) =>
	chooseTools(TOOLS, { age, setting, minutes }).map((s) => s.id);

describe('tool chooser', () => {
	it('treats age ranges as inclusive, with open ends unbounded', () => {
		expect(fitsAge({ ageMin: 10, ageMax: 17 }, 17)).toBe(true);
		expect(fitsAge({ ageMin: 10, ageMax: 17 }, 18)).toBe(false);
		expect(fitsAge({ ageMin: 18, ageMax: null }, 17)).toBe(false);
		expect(fitsAge({ ageMin: 18, ageMax: null }, 99)).toBe(true);
		expect(fitsAge({ ageMin: null, ageMax: null }, 0)).toBe(true);
	});

	it('at 17 offers the adolescent screen, not the adult one; at 18 the reverse', () => {
		expect(ids(17)).toContain('teen-ed');
		expect(ids(17)).not.toContain('adult-ed');
		expect(ids(18)).toContain('adult-ed');
		expect(ids(18)).not.toContain('teen-ed');
	});

	it('puts a validated screen studied in this setting first', () => {
		const [first] = chooseTools(TOOLS, { age: 30, setting: 'emergency-department', minutes: 5 });
		expect(first).toMatchObject({ id: 'adult-ed', fit: 'suggested' });
		expect(first!.reasons.map((r) => r.key)).toEqual([
			'kb.chooser.reason.ages',
			'kb.chooser.reason.setting',
			'kb.chooser.reason.fitsTime',
			'kb.chooser.reason.validated',
		]);
	});

	it('ranks tools studied elsewhere after those studied in this setting, and says so', () => {
		const result = chooseTools(TOOLS, { age: 20, setting: 'emergency-department', minutes: 5 });
		const youngAdult = result.find((s) => s.id === 'young-adult')!;
		expect(youngAdult.fit).toBe('possible');
		expect(youngAdult.reasons.map((r) => r.key)).toContain('kb.chooser.reason.otherSetting');
		expect(result.findIndex((s) => s.id === 'adult-ed')).toBeLessThan(result.findIndex((s) => s.id === 'young-adult'));
	});

	it('leaves out tools that need more time than the reader has, and keeps them when time is not given', () => {
		expect(ids(15, 'social-services', 5)).not.toContain('long');
		expect(ids(15, 'social-services', 60)).toContain('long');
		expect(ids(15, 'social-services', null)).toContain('long');
		const long = chooseTools(TOOLS, { age: 15, setting: 'social-services', minutes: 60 }).find((s) => s.id === 'long')!;
		expect(long.reasons.map((r) => r.key)).toContain('kb.chooser.reason.longAssessment');
	});

	it('offers a response approach to everyone, labelled as not a screen, after the screens', () => {
		for (const age of [5, 15, 45]) {
			const result = chooseTools(TOOLS, { age, setting: 'dental', minutes: 2 });
			const approach = result.find((s) => s.id === 'approach')!;
			expect(approach).toMatchObject({ fit: 'approach', reasons: [{ key: 'kb.chooser.reason.notAScreen' }] });
			expect(result.at(-1)!.id).toBe('approach');
		}
	});

	it('marks an unvalidated tool as possible, never suggested, and says its time is unknown', () => {
		const s = chooseTools(TOOLS, { age: 40, setting: 'primary-care', minutes: 5 }).find((x) => x.id === 'unvalidated')!;
		expect(s.fit).toBe('possible');
		expect(s.reasons.map((r) => r.key)).toEqual(
			expect.arrayContaining(['kb.chooser.reason.timeUnknown', 'kb.chooser.reason.notValidated']),
		);
	});
});
