/** At least 14 protocols, each citing at least 3 sources, every recommendation showing strength, evidence and a source. */
import { describe, expect, it } from 'vitest';
import { splitLocale } from '../../src/lib/locales.ts';
import { CONTENT_ROOT } from '../../src/lib/paths.ts';
import { EVIDENCE_TYPES, RECOMMENDATION_STRENGTHS } from '../../src/schemas/vocabulary.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { page, text } from '../support/html.ts';

const protocols = validateContent(CONTENT_ROOT).pages.filter((p) => p.data.type === 'protocol' && !splitLocale(p.id)[0]);

describe('protocols', () => {
	it('has at least 14 protocols', () => {
		expect(protocols.length).toBeGreaterThanOrEqual(14);
	});

	for (const protocol of protocols) {
		if (protocol.data.type !== 'protocol') continue;
		const data = protocol.data;
		it(`${protocol.id}: summary first, every recommendation labelled and sourced, at least 3 references`, () => {
			const html = page(`/${protocol.id}/`);
			const content = html.querySelector('.sl-markdown-content')!;
			expect(content.querySelector('section')?.getAttribute('aria-labelledby')).toBe('what-to-do-now');
			expect(content.querySelectorAll('.kb-summary li').map((li) => text(li))).toEqual(data.summary);
			const recs = content.querySelectorAll('.kb-rec');
			expect(data.recommendations.length).toBeGreaterThan(0);
			expect(recs).toHaveLength(data.recommendations.length);
			recs.forEach((rec, i) => {
				const expected = data.recommendations[i]!;
				if (expected.legal) {
					// A legal duty shows "Required by law" with its statute, never as an "Offer" or "Consider".
					expect(text(rec.querySelector('.kb-badge--law'))).toBe('Required by law');
					expect(text(rec.querySelector('[data-rec-law]'))).toContain(expected.legal.statute);
					if (expected.strength !== 'do-not') expect(rec.querySelector(`.kb-badge--${expected.strength}`)).toBeNull();
					if (expected.legal.stateRule === 'state-guide')
						expect(rec.querySelectorAll('[data-rec-law] a:not(.kb-cite a)').map((a) => a.getAttribute('href'))).toEqual([
							'/states/',
							'/guides/mandatory-reporting/',
						]);
				} else {
					expect(rec.querySelector('.kb-badge--law')).toBeNull();
				}
				if (!expected.legal || expected.strength === 'do-not')
					expect(text(rec.querySelector(`.kb-badge--${expected.strength}`))).toBe(RECOMMENDATION_STRENGTHS[expected.strength].en);
				expect(text(rec.querySelector('.kb-badge--evidence'))).toContain(EVIDENCE_TYPES[expected.evidence].en);
				const cited = rec.querySelectorAll('.kb-rec__text .kb-cite a').map((a) => a.getAttribute('href'));
				expect(cited).toEqual(expected.sources.map((k) => `#ref-${k}`));
			});
			const references = content.querySelectorAll('.kb-references li');
			expect(references.length).toBeGreaterThanOrEqual(3);
			for (const a of content.querySelectorAll('.kb-cite a'))
				expect(html.getElementById(a.getAttribute('href')!.slice(1)), a.getAttribute('href')!).not.toBeNull();
			for (const heading of ['Steps', 'Red flags', 'What not to do'])
				expect(content.querySelectorAll('h2').map((h) => text(h))).toContain(heading);
		});
	}

	it('prints its review date and references (the print stylesheet keeps them)', () => {
		const html = page('/protocols/responding-to-disclosure/');
		expect(html.querySelector('.kb-review-box')).not.toBeNull();
		expect(html.querySelector('link[rel="stylesheet"][media="print"]')).not.toBeNull();
	});
});
