/** Every page stays within its template's budget for a first visit (bytes are deterministic, so this can be a test). */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EAGER_SCRIPTS, HARD_LIMIT_BYTES, PAGE_BUDGETS } from '../../src/config/budgets.ts';
import { eagerScripts, unlistedScripts } from '../../src/quality/eager-scripts.ts';
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

	it('runs no script before search is opened but those on the allow-list, each only on its pages', () => {
		const unlisted = pages.flatMap((path) =>
			unlistedScripts(path, eagerScripts(DIST, readFileSync(htmlFile(path), 'utf8')), EAGER_SCRIPTS),
		);
		expect(unlisted).toEqual([]);
	});

	it('lists no script the site does not have, and each entry recognises exactly one kind of script', () => {
		const all = pages.flatMap((path) => eagerScripts(DIST, readFileSync(htmlFile(path), 'utf8')));
		for (const entry of EAGER_SCRIPTS)
			expect(
				all.some((s) => entry.signature.test(s.code)),
				entry.name,
			).toBe(true);
		for (const script of all) {
			const names = EAGER_SCRIPTS.filter((e) => e.signature.test(script.code)).map((e) => e.name);
			expect(names.length, `${script.id} matches ${names.join(', ')}`).toBeLessThanOrEqual(1);
		}
	});
});
