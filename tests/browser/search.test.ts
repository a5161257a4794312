/**
 * The search page and the header's search dialog: the same results for the same words, readable labels and
 * excerpts, filters folded on a phone with the first result in view, the address kept in step, Spanish search
 * including the pages shown in English, and nothing of search in a page until search is used.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../support/chromium.ts';
import { readPage } from '../support/dist.ts';
import { searchDialog, searchPage, shownResults } from '../support/search.ts';

const base = inject('baseURL');
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => ({ browser, close } = await launch()));
afterAll(() => close());

/** A page's one-line summary, as its built HTML gives it to link previews. */
function summaryOf(url: string): string {
	const match = /<meta name="description" content="([^"]*)"/.exec(readPage(url));
	return (match?.[1] ?? '').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

describe('search dialog and search page', () => {
	it('show the same results for the same words, typed fresh in the dialog or opened as a link', async () => {
		for (const q of ['trafiking', 'pregnant undocumented florida', 'sex trafficking ED', 'doxycycline']) {
			const p1 = await browser.newPage();
			await p1.goto(`${base}/protocols/talking-privately/`);
			const inDialog = await searchDialog(p1, q);
			const p2 = await browser.newPage();
			const onPage = await searchPage(p2, base, q);
			expect(inDialog, q).toEqual(onPage);
			await Promise.all([p1.close(), p2.close()]);
		}
	});

	it('label results in words and show the page summary as the excerpt, never a reference list or a table', async () => {
		const p = await browser.newPage();
		await p.goto(`${base}/states/texas/`);
		await searchDialog(p, 'emergency medicaid');
		const items = p.locator('site-search [data-search-results] li');
		const count = Math.min(await items.count(), 5);
		expect(count).toBeGreaterThan(0);
		for (let i = 0; i < count; i++) {
			const item = items.nth(i);
			const href = (await item.locator('h2 a').getAttribute('href'))!;
			expect(await item.locator('.kb-search__excerpt').textContent()).toBe(summaryOf(href));
			const tags = await item.locator('.kb-search__tags').textContent();
			expect(tags).not.toMatch(/state-guide|\bdraft\b|Kind:|Review:/);
		}
		expect(await items.first().locator('.kb-search__tags').textContent()).toMatch(/Coverage rule|Protocol|State guide/);
		await p.close();
	});

	it('on a phone, fold the filters and show the first result without scrolling, with the exit in reach', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		const p = await context.newPage();
		await p.goto(`${base}/protocols/emergency-department/`);
		await p.locator('site-search button[data-open-modal]').tap();
		await p.locator('site-search dialog input[name=q]').fill('sex trafficking ED');
		await shownResults(p, 'site-search dialog');
		expect(await p.locator('site-search dialog [data-filters]').getAttribute('open')).toBeNull();
		const first = await p.locator('site-search [data-search-results] li h2 a').first().boundingBox();
		expect(first!.y + first!.height).toBeLessThanOrEqual(844);
		await context.close();
	});

	it('read and keep their state in the address on the search page', async () => {
		const p = await browser.newPage();
		await p.goto(`${base}/search/?q=medicaid&state=TX`);
		const shown = await shownResults(p, '[data-search-page]');
		await expect(p.getByLabel('Search for').inputValue()).resolves.toBe('medicaid');
		await expect(p.getByLabel('State', { exact: true }).inputValue()).resolves.toBe('TX');
		expect(shown.urls[0]).toBe('/states/texas/');
		expect(await p.locator('[data-search-results] li').first().locator('.kb-search__tags').textContent()).toMatch(
			/State guide.*Texas.*Pending clinical review/,
		);
		await p.getByLabel('Search for').fill('interpreter');
		await p.getByLabel('Guide', { exact: true }).check();
		await expect.poll(() => new URL(p.url()).search).toBe('?q=interpreter&state=TX&kind=guide');
		const after = await shownResults(p, '[data-search-page]');
		for (const url of after.urls) expect(url).toMatch(/^\/guides\//);
		await p.close();
	});

	it('count their results in good English ("1 result")', async () => {
		const p = await browser.newPage();
		for (const [q, kind] of [
			['SSCST', 'screening-tool'],
			['tuberculosis refugee', ''],
		]) {
			await searchPage(p, base, q!, { kind: kind || undefined });
			while (await p.locator('.kb-search__more').isVisible()) await p.locator('.kb-search__more').click();
			const n = await p.locator('[data-search-results] li').count();
			expect(await p.locator('[data-search-status]').textContent(), q).toBe(n === 1 ? '1 result' : `${n} results`);
		}
		await p.close();
	});

	it('is usable by keyboard alone', async () => {
		const p = await browser.newPage();
		await p.goto(`${base}/search/`);
		await p.getByLabel('Search for').focus();
		await p.keyboard.type('T visa');
		await p.keyboard.press('Enter');
		await shownResults(p, '[data-search-page]');
		await p.keyboard.press('Tab');
		expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Search');
		await p.close();
	});

	it('opens from the keyboard (Ctrl+K) and closes with Escape', async () => {
		const p = await browser.newPage();
		await p.goto(`${base}/`);
		await p.keyboard.press('Control+k');
		await p.locator('site-search dialog input[name=q]').waitFor();
		expect(await p.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
		await p.keyboard.press('Escape');
		await expect.poll(() => p.locator('site-search dialog').getAttribute('open')).toBeNull();
		await p.close();
	});

	it('says what to do and links to the browse pages when JavaScript is off', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const p = await context.newPage();
		await p.goto(`${base}/search/`);
		expect(await p.locator('.kb-search .kb-notice p').first().textContent()).toMatch(/^Search needs JavaScript/);
		await expect(p.locator('.kb-search').getByRole('link', { name: 'Coverage by state' }).isVisible()).resolves.toBe(true);
		await context.close();
	});
});

describe('search in Spanish', () => {
	it('includes the pages not yet translated, marked as shown in English', async () => {
		const p = await browser.newPage();
		const shown = await searchPage(p, base, 'Texas', { lang: 'es' });
		expect(shown.urls[0]).toBe('/es/states/texas/');
		const first = p.locator('[data-search-results] li').first();
		expect(await first.locator('.kb-search__tag--language').textContent()).toBe('En inglés');
		expect(await first.locator('.kb-search__tag--language').getAttribute('lang')).toBe('en');
		const translated = await searchPage(p, base, 'intérprete', { lang: 'es' });
		const i = translated.urls.indexOf('/es/handouts/right-to-care-and-interpreter/');
		expect(await p.locator('[data-search-results] li').nth(i).locator('.kb-search__tag--language').count()).toBe(0);
		await p.close();
	});
});

describe('search weight before use', () => {
	it('puts no search labels or data in a page; they load when search is first opened', async () => {
		for (const path of ['/', '/states/texas/', '/es/protocols/talking-privately/']) {
			const html = readPage(path);
			expect(html, path).not.toMatch(/kb-search-labels|"stateOptions"|"vocabulary"/);
		}
		const p = await browser.newPage();
		const fetched: string[] = [];
		p.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		await p.goto(`${base}/states/texas/`);
		await p.waitForLoadState('networkidle');
		expect(fetched.filter((u) => u.startsWith('/search-data/') || u.startsWith('/pagefind/'))).toEqual([]);
		await searchDialog(p, 'medicaid');
		expect(fetched).toEqual(expect.arrayContaining(['/search-data/en.json', '/search-data/words-en.txt', '/pagefind/pagefind.js']));
		await p.close();
	});
});
