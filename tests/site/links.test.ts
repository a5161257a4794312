/** No internal link or anchor points nowhere; every link to another site carries rel="noreferrer". */
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/quality/links.ts';
import { builtPages, DIST } from '../support/dist.ts';
import { page } from '../support/html.ts';

describe('links', () => {
	const pages = builtPages();
	it('resolves every internal link and #anchor in the built site', () => {
		const { problems, checked } = checkLinks(DIST, pages);
		expect(problems).toEqual([]);
		expect(checked).toBeGreaterThan(5000);
	});
	it('marks every external link rel="noreferrer"', () => {
		const bad: string[] = [];
		for (const path of pages)
			for (const a of page(path).querySelectorAll('a[href^="http"]'))
				if (!(a.getAttribute('rel') ?? '').split(/\s+/).includes('noreferrer')) bad.push(`${path}: ${a.getAttribute('href')}`);
		expect(bad).toEqual([]);
	});
});
