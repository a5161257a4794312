/** The chooser suggests tools that fit the patient's age, the setting and the time, says why, and never strays outside a tool's stated ages. */
import { describe, expect, it } from 'vitest';
import { splitLocale } from '../../../src/lib/locales.ts';
import { CONTENT_ROOT } from '../../../src/lib/paths.ts';
import { type ChooserTool, chooserTool, chooseTools, fitsAge } from '../../../src/lib/tool-chooser.ts';
import { INDEPENDENTLY_VALIDATED } from '../../../src/lib/tool-evidence.ts';
import type { ScreeningToolData } from '../../../src/schemas/screening-tool.ts';
import { validateContent } from '../../../src/validation/validate-content.ts';

const tool = (t: Partial<ChooserTool> & Pick<ChooserTool, 'id'>): ChooserTool => ({
	abbreviation: t.id.toUpperCase(),
	kind: 'screening',
	validation: 'external-accuracy',
	ageMin: 0,
	ageMax: 'none',
	populations: ['all-patients'],
	settings: ['emergency-department'],
	minutes: { min: 1, max: 3 },
	...t,
});
const TOOLS: ChooserTool[] = [
	tool({ id: 'adult-ed', ageMin: 18, populations: ['adults'], settings: ['emergency-department'] }),
	tool({ id: 'teen-ed', ageMin: 10, ageMax: 17, populations: ['adolescents'], settings: ['emergency-department', 'pediatric-care'] }),
	tool({ id: 'young-adult', ageMin: 18, ageMax: 22, populations: ['young-adults'], settings: ['shelter'] }),
	tool({ id: 'long', kind: 'identification', ageMin: 12, minutes: { min: 30, max: 60 }, settings: ['social-services'] }),
	tool({ id: 'unvalidated', validation: 'no-accuracy-study', ageMin: 18, minutes: null, settings: ['any-setting'] }),
	tool({ id: 'approach', kind: 'response-approach', validation: 'not-applicable', minutes: null, settings: ['any-setting'] }),
	tool({ id: 'unknown-ages', ageMin: null, ageMax: null, populations: ['adults', 'adolescents'] }),
	tool({ id: 'youth-open-top', ageMin: 10, ageMax: null, populations: ['children', 'adolescents'] }),
];
const ids = (age: number, setting = 'emergency-department', minutes: number | null = 5) =>
	chooseTools(TOOLS, { age, setting, minutes }).suggestions.map((s) => s.id);

/** The real catalog, as the site builds it. */
const catalog: ChooserTool[] = validateContent(CONTENT_ROOT)
	.pages.filter((p) => p.data.type === 'screening-tool' && !splitLocale(p.id)[0])
	.map((p) => chooserTool({ slug: p.id.replace(/^screening-tools\//, ''), data: p.data as ScreeningToolData }));

const ADULT = ['adults', 'young-adults', 'all-patients'];
/** The stated range: an unstated upper age counts as 17 only when the populations name minors alone. */
const stated = (t: ChooserTool, age: number) => {
	const max = t.ageMax === null && !t.populations.some((p) => ADULT.includes(p)) ? 17 : t.ageMax;
	return t.ageMin !== null && max !== null && age >= t.ageMin && (max === 'none' || age <= max);
};

describe('tool chooser', () => {
	it('treats stated age ranges as inclusive, and an unstated bound as unknown, never as "any"', () => {
		expect(fitsAge({ ageMin: 10, ageMax: 17, populations: ['adolescents'] }, 17)).toBe('inside');
		expect(fitsAge({ ageMin: 10, ageMax: 17, populations: ['adolescents'] }, 18)).toBe('outside');
		expect(fitsAge({ ageMin: 18, ageMax: 'none', populations: ['adults'] }, 17)).toBe('outside');
		expect(fitsAge({ ageMin: 18, ageMax: 'none', populations: ['adults'] }, 99)).toBe('inside');
		expect(fitsAge({ ageMin: null, ageMax: null, populations: ['adults'] }, 40)).toBe('not-stated');
		expect(fitsAge({ ageMin: 10, ageMax: null, populations: ['adolescents', 'adults'] }, 45)).toBe('not-stated');
	});

	it('never offers a tool for an age group its populations leave out, even when its bounds are unstated', () => {
		expect(fitsAge({ ageMin: null, ageMax: null, populations: ['adults', 'adolescents'] }, 8)).toBe('outside');
		expect(fitsAge({ ageMin: 10, ageMax: null, populations: ['children', 'adolescents'] }, 45)).toBe('outside');
	});

	// Ages 0–100 in every setting the catalog names, with and without a time limit: no tool ever comes back for an age
	// outside the range its sources state, and a tool with unstated ages is never matched.
	it.each([0, 5, 8, 9, 10, 11, 12, 14, 16, 17, 18, 19, 21, 22, 23, 24, 25, 30, 45, 64, 70, 90, 100])(
		'at age %i returns no catalog tool outside its stated ages',
		(age) => {
			const settings = ['any-setting', ...new Set(catalog.flatMap((t) => t.settings))];
			for (const setting of settings)
				for (const minutes of [null, 2, 60]) {
					const { suggestions, agesNotStated } = chooseTools(catalog, { age, setting, minutes });
					for (const s of suggestions) {
						const t = catalog.find((c) => c.id === s.id)!;
						expect(stated(t, age), `${t.id} offered at age ${age} (${t.ageMin}–${t.ageMax})`).toBe(true);
					}
					for (const n of agesNotStated) expect(suggestions.map((s) => s.id)).not.toContain(n.id);
				}
		},
	);

	it('offers no child tool to a 45-year-old and nothing as validated to an 8-year-old that was not studied at 8', () => {
		const adult = chooseTools(catalog, { age: 45, setting: 'emergency-department', minutes: null });
		const childOnly = catalog.filter((t) => !t.populations.some((p) => ['adults', 'young-adults', 'all-patients'].includes(p)));
		expect(childOnly.length).toBeGreaterThan(0);
		for (const t of childOnly) {
			expect(adult.suggestions.map((s) => s.id)).not.toContain(t.id);
			expect(adult.agesNotStated.map((s) => s.id)).not.toContain(t.id);
		}
		const child = chooseTools(catalog, { age: 8, setting: 'emergency-department', minutes: null });
		for (const s of child.suggestions) {
			expect(s.reasons.map((r) => r.key)).not.toContain('kb.chooser.reason.validated');
			expect(s.fit).not.toBe('suggested');
		}
		expect(child.suggestions.map((s) => s.id)).not.toContain('tvit');
		expect(child.suggestions.map((s) => s.id)).not.toContain('tvit-short');
	});

	it('lists tools whose ages are not stated apart, by name, without matching them', () => {
		const result = chooseTools(TOOLS, { age: 40, setting: 'emergency-department', minutes: 5 });
		expect(result.agesNotStated.map((t) => t.id)).toEqual(['unknown-ages']);
		expect(result.suggestions.map((s) => s.id)).not.toContain('unknown-ages');
		expect(ids(45)).not.toContain('youth-open-top');
		expect(ids(12)).toContain('youth-open-top');
	});

	it('at 17 offers the adolescent screen, not the adult one; at 18 the reverse', () => {
		expect(ids(17)).toContain('teen-ed');
		expect(ids(17)).not.toContain('adult-ed');
		expect(ids(18)).toContain('adult-ed');
		expect(ids(18)).not.toContain('teen-ed');
	});

	it('puts an independently validated screen studied in this setting first', () => {
		const [first] = chooseTools(TOOLS, { age: 30, setting: 'emergency-department', minutes: 5 }).suggestions;
		expect(first).toMatchObject({ id: 'adult-ed', fit: 'suggested' });
		expect(first!.reasons.map((r) => r.key)).toEqual([
			'kb.chooser.reason.ages',
			'kb.chooser.reason.setting',
			'kb.chooser.reason.fitsTime',
			'kb.chooser.reason.validated',
		]);
	});

	it('never suggests a screen whose accuracy was measured only in the data used to build it', () => {
		const internal = [tool({ id: 'internal', validation: 'internal-accuracy', ageMin: 18, populations: ['adults'] })];
		const [s] = chooseTools(internal, { age: 30, setting: 'emergency-department', minutes: null }).suggestions;
		expect(s!.fit).toBe('possible');
		expect(s!.reasons.map((r) => r.key)).toContain('kb.chooser.reason.internalOnly');
		expect(INDEPENDENTLY_VALIDATED).not.toContain('internal-accuracy');
	});

	it('ranks tools studied elsewhere after those studied in this setting, and says so', () => {
		const result = chooseTools(TOOLS, { age: 20, setting: 'emergency-department', minutes: 5 }).suggestions;
		const youngAdult = result.find((s) => s.id === 'young-adult')!;
		expect(youngAdult.fit).toBe('possible');
		expect(youngAdult.reasons.map((r) => r.key)).toContain('kb.chooser.reason.otherSetting');
		expect(result.findIndex((s) => s.id === 'adult-ed')).toBeLessThan(result.findIndex((s) => s.id === 'young-adult'));
	});

	it('leaves out tools that need more time than the reader has, and keeps them when time is not given', () => {
		expect(ids(15, 'social-services', 5)).not.toContain('long');
		expect(ids(15, 'social-services', 60)).toContain('long');
		expect(ids(15, 'social-services', null)).toContain('long');
		const long = chooseTools(TOOLS, { age: 15, setting: 'social-services', minutes: 60 }).suggestions.find((s) => s.id === 'long')!;
		expect(long.reasons.map((r) => r.key)).toContain('kb.chooser.reason.longAssessment');
	});

	it('offers a response approach stated for every patient, labelled as not a screen, after the screens', () => {
		for (const age of [5, 15, 45]) {
			const result = chooseTools(TOOLS, { age, setting: 'dental', minutes: 2 }).suggestions;
			const approach = result.find((s) => s.id === 'approach')!;
			expect(approach).toMatchObject({ fit: 'approach', reasons: [{ key: 'kb.chooser.reason.notAScreen' }] });
			expect(result.at(-1)!.id).toBe('approach');
		}
	});

	it('marks a tool with no accuracy study as possible, never suggested, and says its time is unknown', () => {
		const s = chooseTools(TOOLS, { age: 40, setting: 'primary-care', minutes: 5 }).suggestions.find((x) => x.id === 'unvalidated')!;
		expect(s.fit).toBe('possible');
		expect(s.reasons.map((r) => r.key)).toEqual(
			expect.arrayContaining(['kb.chooser.reason.timeUnknown', 'kb.chooser.reason.notValidated']),
		);
	});
});
