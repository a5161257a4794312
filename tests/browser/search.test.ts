/**
 * Search finds what clinicians type: a state plus a topic puts that state's guide first; synonyms and
 * abbreviations find the right page; filters narrow results; the search page keeps its state in the URL.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_RANKING } from '../../src/config/search.ts';
import { launch } from '../support/chromium.ts';
import { withPagefind } from '../support/pagefind.ts';

const base = inject('baseURL');
let browser: Browser;
let close: () => Promise<void>;
let page: Page;

beforeAll(async () => {
	({ browser, close } = await launch());
	page = await browser.newPage();
	await page.goto(`${base}/search/`);
});
afterAll(() => close());

/** Top result URLs for a query, through Pagefind's JS API with the site's ranking. */
async function top(query: string | null, filters: Record<string, unknown> = {}, n = 3, lang = 'en'): Promise<string[]> {
	if (lang !== 'en' && !page.url().includes('/es/')) await page.goto(`${base}/es/search/`);
	if (lang === 'en' && page.url().includes('/es/')) await page.goto(`${base}/search/`);
	return withPagefind<string[]>(
		page,
		`await pf.options({ ranking: args.ranking });
		const found = await pf.search(args.query, { filters: args.filters });
		return Promise.all(found.results.slice(0, args.n).map(async (r) => (await r.data()).url));`,
		{ query, filters, n, ranking: SEARCH_RANKING },
	);
}

const QUERIES: [query: string, expected: string][] = [
	['Texas Medicaid', '/states/texas/'],
	['TX Medicaid', '/states/texas/'],
	['New Mexico ICHIA', '/states/new-mexico/'],
	['Illinois trafficking program', '/states/illinois/'],
	['California undocumented adults', '/states/california/'],
	['T visa', '/coverage/how-survivors-become-eligible/'],
	['T-visa', '/coverage/how-survivors-become-eligible/'],
	['Continued Presence', '/coverage/how-survivors-become-eligible/'],
	['CHIP', '/coverage/medicaid-and-chip/'],
	['Obamacare', '/coverage/marketplace/'],
	['RMA', '/coverage/refugee-medical-assistance/'],
	['work requirements', '/coverage/work-requirements/'],
	['sliding fee', '/coverage/care-without-insurance/'],
	['crime victim compensation', '/coverage/crime-victim-compensation/'],
	['ED', '/protocols/emergency-department/'],
	['emergency room', '/protocols/emergency-department/'],
	['LEP', '/guides/language-access-and-interpreters/'],
	['interpreter', '/guides/language-access-and-interpreters/'],
	['pregnant teen', '/protocols/children-and-adolescents/'],
	['HIPAA portal', '/protocols/documentation-and-confidentiality/'],
	['farmworker', '/protocols/labor-trafficking/'],
	['RAFT', '/screening-tools/raft/'],
	['SSCST', '/screening-tools/sscst/'],
	['mandatory reporting', '/guides/mandatory-reporting/'],
	['secondary trauma', '/protocols/caring-for-the-care-team/'],
];

describe('search relevance', () => {
	for (const [query, expected] of QUERIES)
		it(`"${query}" finds ${expected} in the top 3`, async () => {
			expect(await top(query)).toContain(expected);
		});

	it("a state filter with a topic word puts that state's guide first", async () => {
		expect((await top('medicaid', { state: 'TX' }))[0]).toBe('/states/texas/');
		expect((await top('postpartum', { state: 'AR' }))[0]).toBe('/states/arkansas/');
	});

	it('a kind filter keeps only that kind of page', async () => {
		const urls = await top('pregnant', { kind: 'protocol' }, 10);
		expect(urls.length).toBeGreaterThan(0);
		for (const url of urls) expect(url).toMatch(/^\/protocols\//);
	});

	it('filters alone list pages (no words needed)', async () => {
		const urls = await top(null, { kind: 'screening-tool', topic: 'screening' }, 50);
		expect(urls).toEqual(expect.arrayContaining(['/screening-tools/raft/', '/screening-tools/sscst/', '/screening-tools/qyit/']));
	});

	it('indexes every state guide under its state code', async () => {
		const filters = await withPagefind<Record<string, Record<string, number>>>(page, 'return pf.filters();');
		expect(Object.keys(filters.state ?? {})).toHaveLength(51);
		expect(Object.keys(filters.kind ?? {})).toEqual(
			expect.arrayContaining(['protocol', 'state-guide', 'screening-tool', 'coverage', 'guide']),
		);
		expect(Object.keys(filters.review ?? {})).toContain('draft');
	});

	it('finds Spanish pages in Spanish', async () => {
		expect(await top('intérprete', {}, 5, 'es')).toContain('/es/handouts/right-to-care-and-interpreter/');
	});

	it('does not index untranslated fallback pages as Spanish', async () => {
		const urls = await top('Texas', {}, 50, 'es');
		expect(urls.some((u) => u.startsWith('/es/states/texas'))).toBe(false);
	});
});

describe('search page', () => {
	it('reads its state from the URL and shows kind, state and review status on results', async () => {
		const p = await browser.newPage();
		await p.goto(`${base}/search/?q=medicaid&state=TX`);
		await expect(p.getByLabel('Search for').inputValue()).resolves.toBe('medicaid');
		await expect(p.getByLabel('State', { exact: true }).inputValue()).resolves.toBe('TX');
		const first = p.locator('.kb-search__results li').first();
		await first.waitFor();
		expect(await first.locator('a').getAttribute('href')).toBe('/states/texas/');
		expect(await first.locator('.kb-search__tags').textContent()).toMatch(/State guide.*Texas.*Pending clinical review/);
		await p.close();
	});

	it('keeps the URL in step with the form, so a search can be shared', async () => {
		const p = await browser.newPage();
		await p.goto(`${base}/search/`);
		await p.getByLabel('Search for').fill('interpreter');
		await p.getByLabel('Guide', { exact: true }).check();
		await p.locator('.kb-search__results li').first().waitFor();
		await expect.poll(() => new URL(p.url()).search).toBe('?q=interpreter&kind=guide');
		const urls = await p.locator('.kb-search__results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		for (const url of urls) expect(url).toMatch(/^\/guides\//);
		await p.close();
	});

	it('is usable by keyboard alone', async () => {
		const p = await browser.newPage();
		await p.goto(`${base}/search/`);
		await p.getByLabel('Search for').focus();
		await p.keyboard.type('T visa');
		await p.keyboard.press('Enter');
		await p.locator('.kb-search__results li').first().waitFor();
		await p.keyboard.press('Tab');
		expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Search');
		await p.close();
	});

	it('says what to do and links to the browse pages when JavaScript is off', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const p = await context.newPage();
		await p.goto(`${base}/search/`);
		expect(await p.locator('.kb-search noscript .kb-notice p, .kb-search .kb-notice p').first().textContent()).toMatch(
			/^Search needs JavaScript/,
		);
		await expect(p.locator('.kb-search .kb-notice').isVisible()).resolves.toBe(true);
		await expect(p.locator('.kb-search').getByRole('link', { name: 'Coverage by state' }).isVisible()).resolves.toBe(true);
		await expect(p.locator('[data-search-form]').isVisible()).resolves.toBe(false);
		await context.close();
	});
});

describe('search modal', () => {
	it('shows the filter panel with human labels, not codes', async () => {
		const p = await browser.newPage();
		await p.goto(`${base}/states/texas/`);
		await p.locator('site-search button[data-open-modal]').click();
		await p.locator('#starlight__search input').fill('pregnant');
		await p.locator('.pagefind-ui__result-link').first().waitFor();
		const names = await p.locator('.pagefind-ui__filter-name').allTextContents();
		expect(names).toEqual(expect.arrayContaining(['Kind of page', 'Topic']));
		const values = (await p.locator('.pagefind-ui__filter-label').allTextContents()).map((v) => v.replace(/\s*\(\d+\)$/, ''));
		expect(values).toEqual(expect.arrayContaining(['State guide', 'Protocol', 'Texas']));
		expect(values).not.toContain('state-guide');
		// Counts follow the filters: choosing one updates the others, still labelled.
		await p.locator('.pagefind-ui__filter-name', { hasText: 'Kind of page' }).click();
		await p.getByLabel(/^Protocol \(/).check();
		await expect
			.poll(async () => (await p.locator('.pagefind-ui__filter-label').allTextContents()).some((v) => /^[a-z]+(-[a-z]+)+ \(/.test(v)))
			.toBe(false);
		await p.close();
	});
});
