/** Every content file becomes a page; the home page has its three doors; the 404 page exists. */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLocale } from '../../src/lib/locales.ts';
import { CONTENT_ROOT } from '../../src/lib/paths.ts';
import { entryIdFor, listPageFiles } from '../../src/validation/source-files.ts';
import { htmlFile } from '../support/dist.ts';
import { page, text } from '../support/html.ts';

const docs = join(CONTENT_ROOT, 'docs');
const ids = listPageFiles(docs).map((f) => entryIdFor(relative(docs, f)));
const url = (id: string) => (id === 'index' ? '/' : id === '404' ? '/404.html' : `/${id}/`);

describe('built pages', () => {
	it('builds a page for every content file, nothing silently dropped', () => {
		const missing = ids.filter((id) => !existsSync(htmlFile(url(id))));
		expect(missing).toEqual([]);
		expect(ids.length).toBeGreaterThan(100);
	});

	it('builds every English page under /es/ too (translated or with a fallback notice)', () => {
		const english = ids.filter((id) => !splitLocale(id)[0]);
		const missing = english.filter((id) => !existsSync(htmlFile(id === '404' ? '/es/404/' : `/es${url(id)}`)));
		expect(missing).toEqual([]);
	});

	it('gives the home page three doors: protocols, coverage by state, screening tools', () => {
		const home = page('/');
		const doors = home.querySelectorAll('.kb-doors a').map((a) => a.getAttribute('href'));
		expect(doors).toEqual(['/protocols/', '/states/', '/screening-tools/']);
		expect(home.querySelectorAll('.kb-tiles a')).toHaveLength(56);
		expect(text(home.querySelector('[data-urgent-contacts]'))).toContain('1-888-373-7888');
	});

	it('has a 404 page that is not indexed for search', () => {
		const notFound = page('/404.html');
		expect(text(notFound.querySelector('h1'))).toMatch(/not found/i);
		expect(notFound.querySelector('[data-pagefind-body]')).toBeNull();
	});

	it('shows the review status on clinical and coverage pages: at the foot, and a pending-review notice at the top', () => {
		for (const id of ['protocols/responding-to-disclosure', 'states/texas', 'screening-tools/raft', 'coverage/medicaid-and-chip']) {
			const html = page(url(id));
			expect(html.querySelector('.kb-review-box')?.getAttribute('data-review-status'), id).toBe('draft');
			expect(text(html.querySelector('[data-review-draft]')), id).toMatch(/Pending clinical review/);
		}
	});

	it('shows no review notice on pages that are not clinical content: 404, search, contribute, legal, home', () => {
		for (const path of ['/404.html', '/search/', '/contribute/', '/privacy/', '/about/', '/', '/es/search/']) {
			const html = page(path);
			expect(html.querySelector('[data-review-draft]'), path).toBeNull();
			expect(html.querySelector('.kb-review-box'), path).toBeNull();
		}
	});

	it("does not list every page in every page's sidebar", () => {
		const links = page('/protocols/responding-to-disclosure/').querySelectorAll('#starlight__sidebar a');
		expect(links.length).toBeLessThan(40);
		expect(links.some((a) => a.getAttribute('href') === '/states/texas/')).toBe(false);
		expect(links.some((a) => a.getAttribute('href') === '/protocols/emergency-department/')).toBe(true);
	});
});
