/** Every page stays within its template's budget for a first visit (bytes are deterministic, so this can be a test). */
import { describe, expect, it } from 'vitest';
import { HARD_LIMIT_BYTES, PAGE_BUDGETS } from '../../src/config/budgets.ts';
import { pageWeight } from '../../src/quality/page-weight.ts';
import { builtPages, DIST, htmlFile } from '../support/dist.ts';

const pages = builtPages().filter((p) => p.endsWith('/'));

describe('page weight', () => {
	it('keeps every budget at or under 50 KB', () => {
		for (const b of PAGE_BUDGETS) expect(b.maxBytes, b.template).toBeLessThanOrEqual(HARD_LIMIT_BYTES);
	});

	it('keeps every page within its template budget (HTML + CSS + eager JS, gzip)', () => {
		const over: string[] = [];
		for (const path of pages) {
			const budget = PAGE_BUDGETS.find((b) => b.pattern.test(path))!;
			const weight = pageWeight(DIST, htmlFile(path));
			if (weight.total > budget.maxBytes)
				over.push(
					`${path} (${budget.template}): ${weight.total} B > ${budget.maxBytes} B (html ${weight.html}, css ${weight.css}, js ${weight.js})`,
				);
		}
		expect(over).toEqual([]);
	});

	it('measures each of the five named templates', () => {
		for (const template of ['home', 'state guide', 'protocol', 'screening tool', 'search page'])
			expect(
				pages.some((p) => PAGE_BUDGETS.find((b) => b.pattern.test(p))!.template === template),
				template,
			).toBe(true);
	});
});
