/** The link check finds missing pages and missing anchors, and lists external links without fetching them. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../../src/quality/links.ts';

function site(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'kb-links-'));
	for (const [path, html] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	return dir;
}

describe('link check', () => {
	const dist = site({
		'index.html':
			'<a href="/a/">a</a><a href="/a/#here">here</a><a href="/a/#gone">gone</a><a href="/missing/">missing</a><a href="https://example.org/x">ext</a><a href="tel:+1">t</a><a href="/data/x.csv">csv</a>',
		'a/index.html': '<h2 id="here">Here</h2>',
		'data/x.csv': 'a,b',
	});
	const report = checkLinks(dist, ['/', '/a/']);
	it('reports a missing page and a missing anchor', () => {
		expect(report.problems).toHaveLength(2);
		expect(report.problems).toEqual(
			expect.arrayContaining([
				{ page: '/', href: '/a/#gone', reason: 'no element with id "gone"' },
				{ page: '/', href: '/missing/', reason: 'no such page' },
			]),
		);
	});
	it('accepts files and anchors that exist, and skips tel: links', () => {
		expect(report.checked).toBe(5);
	});
	it('collects external links with the pages that use them', () => {
		expect([...report.external]).toEqual([['https://example.org/x', ['/']]]);
	});
});
