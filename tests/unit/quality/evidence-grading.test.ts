/**
 * No recommendation claims more than its sources show: one graded `guideline` or `validated-study` must cite at
 * least one source whose bibliography kind can carry that grade (src/lib/evidence-grading.ts says which and why).
 */
import { describe, expect, it } from 'vitest';
import { KINDS_THAT_CARRY, LAW_SOURCE_KINDS, sourcesCarry } from '../../../src/lib/evidence-grading.ts';
import { CONTENT_ROOT } from '../../../src/lib/paths.ts';
import { validateContent } from '../../../src/validation/validate-content.ts';

const { pages, bibliography } = validateContent(CONTENT_ROOT);
const kindOf = new Map(bibliography.map((e) => [e.id, e.kind]));
const recommendations = pages.flatMap((p) =>
	p.data.type === 'protocol' ? p.data.recommendations.map((rec, i) => ({ page: p.id, i, rec })) : [],
);

describe('evidence grading', () => {
	it('has protocol recommendations to check, in English and Spanish', () => {
		expect(recommendations.length).toBeGreaterThan(50);
		expect(recommendations.some((r) => r.page.startsWith('es/'))).toBe(true);
	});

	it('accepts only journal articles for a validated study, and never a web page or toolkit for a guideline', () => {
		expect(sourcesCarry('validated-study', ['guideline', 'federal-guidance', 'webpage'])).toBe(false);
		expect(sourcesCarry('validated-study', ['journal-article'])).toBe(true);
		expect(sourcesCarry('guideline', ['webpage', 'toolkit', 'report', 'statute'])).toBe(false);
		expect(sourcesCarry('guideline', ['webpage', 'federal-guidance'])).toBe(true);
		expect(KINDS_THAT_CARRY['expert-consensus']).toBe('any');
	});

	it('grades no recommendation above what its sources can carry', () => {
		const overgraded = recommendations
			.filter(
				({ rec }) =>
					!sourcesCarry(
						rec.evidence,
						rec.sources.map((k) => kindOf.get(k)!),
					),
			)
			.map(
				({ page, i, rec }) =>
					`${page} recommendations[${i}] graded ${rec.evidence}, sources: ${rec.sources.map((k) => `${k} (${kindOf.get(k)})`).join(', ')}`,
			);
		expect(overgraded, `${overgraded.length} overgraded:\n${overgraded.join('\n')}`).toEqual([]);
	});

	it('rests every "required by law" mark on the law or an official account of it, with a statute named', () => {
		const legal = recommendations.filter(({ rec }) => rec.legal);
		expect(legal.length).toBeGreaterThan(0);
		for (const { page, i, rec } of legal) {
			const kinds = rec.legal!.sources.map((k) => kindOf.get(k));
			expect(
				kinds.some((k) => k && LAW_SOURCE_KINDS.includes(k)),
				`${page} recommendations[${i}]`,
			).toBe(true);
			expect(rec.legal!.statute, `${page} recommendations[${i}]`).toMatch(/\d/);
		}
	});

	it('marks every recommendation to report a minor as required by law, pointing to the state rule', () => {
		const reports = recommendations.filter(({ rec }) => /^(Report|Reporte) /.test(rec.text) && /(minor|under 18|menor)/.test(rec.text));
		expect(reports.length).toBeGreaterThan(0);
		for (const { page, i, rec } of reports) expect(rec.legal?.stateRule, `${page} recommendations[${i}]`).toBe('state-guide');
	});
});
