/** Readability formulas count what they should, and every patient handout is within its reading-level limit. */
import { describe, expect, it } from 'vitest';
import { splitLocale } from '../../../src/lib/locales.ts';
import { CONTENT_ROOT } from '../../../src/lib/paths.ts';
import {
	englishSyllables,
	fernandezHuerta,
	fleschKincaid,
	proseOf,
	readability,
	spanishSyllables,
} from '../../../src/quality/readability.ts';
import { validateContent } from '../../../src/validation/validate-content.ts';

describe('syllables', () => {
	it('counts English syllables by rule', () => {
		expect(['cat', 'table', 'health', 'insurance', 'interpreter', 'care', 'clinic'].map(englishSyllables)).toEqual([1, 2, 1, 3, 4, 1, 2]);
	});
	it('counts Spanish syllables with diphthongs and hiatus', () => {
		expect(['salud', 'seguro', 'cuidado', 'intérprete', 'día', 'policía', 'puede', 'ciudad'].map(spanishSyllables)).toEqual([
			2, 3, 3, 4, 2, 4, 2, 2,
		]);
	});
});

describe('scores', () => {
	it('gives short plain English a low grade and dense English a high one', () => {
		expect(fleschKincaid('You can ask for help. We will find a doctor. It is free.').grade).toBeLessThan(3);
		expect(
			fleschKincaid(
				'Comprehensive eligibility determinations necessitate documentation of immigration classification and jurisdictional residency.',
			).grade,
		).toBeGreaterThan(16);
	});
	it('gives short plain Spanish a high Fernández-Huerta ease', () => {
		expect(fernandezHuerta('Usted puede pedir ayuda. Hay un médico aquí. Es gratis.').ease).toBeGreaterThan(80);
	});
	it('reads only the prose: not imports, components, headings or link addresses', () => {
		expect(
			proseOf('import Ref from \'x\';\n\n## A heading\n\nSee [the page](https://example.org/a/b). Done.<Ref id="k" />\n\n- an item'),
		).toBe('See the page. Done. an item.');
	});
});

describe('patient handouts', () => {
	const handouts = validateContent(CONTENT_ROOT).pages.filter((p) => p.data.type === 'handout');
	it('exist in English and Spanish', () => {
		expect(handouts.filter((h) => !splitLocale(h.id)[0]).length).toBeGreaterThanOrEqual(3);
		expect(handouts.filter((h) => splitLocale(h.id)[0] === 'es').length).toBeGreaterThanOrEqual(3);
	});
	for (const h of handouts)
		it(`${h.id} reads at or below its grade limit`, () => {
			const score = readability(h.body, splitLocale(h.id)[0] === 'es' ? 'es' : 'en');
			expect(score.grade).toBeLessThanOrEqual(h.data.type === 'handout' ? h.data.maxGrade : 8);
			expect(score.words).toBeGreaterThan(150);
		});
});
