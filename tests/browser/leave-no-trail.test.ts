/**
 * The safety page says exactly what the quick exit erases and what it cannot, and "leave no trail" does what it says:
 * each claim on the page (marked data-claim) is checked here against what the browser does.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SITE } from '../../src/config/site.ts';
import { launch } from '../support/chromium.ts';
import { readPage } from '../support/dist.ts';

const base = inject('baseURL');
const EXIT = new URL(SITE.quickExitUrl);
/** A page of another site the reader was on before this one (answered locally: there is no network here). */
const BEFORE = 'https://before.example/';
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => ({ browser, close } = await launch()));
afterAll(() => close());

async function newPage(): Promise<Page> {
	const context = await browser.newContext();
	for (const origin of [EXIT.origin, new URL(BEFORE).origin])
		await context.route(`${origin}/**`, (route) =>
			route.fulfill({ contentType: 'text/html', body: '<title>Elsewhere</title><p>Elsewhere</p>' }),
		);
	const page = await context.newPage();
	await page.goto(BEFORE);
	return page;
}

/** Open the site's safety page, then follow links by clicking, as a reader would. */
async function readSeveralPages(page: Page, noTrail: boolean) {
	await page.goto(`${base}/safety/`);
	if (noTrail) {
		await page.getByRole('button', { name: 'Leave no trail' }).click();
		expect(await page.getByRole('button', { name: 'Leave no trail' }).getAttribute('aria-pressed')).toBe('true');
	}
	for (const href of ['/privacy/', '/protocols/', '/protocols/talking-privately/']) {
		await page.locator(`a[href="${href}"]:visible`).first().click();
		await page.waitForURL(`${base}${href}`);
	}
}

async function exitThenBack(page: Page): Promise<string> {
	await page.locator('[data-quick-exit] a').click();
	await page.waitForURL((url) => url.origin === EXIT.origin);
	await page.goBack();
	return page.url();
}

const stored = (page: Page) =>
	page.evaluate(async () => ({
		local: Object.keys(localStorage),
		session: Object.keys(sessionStorage),
		databases: (await indexedDB.databases()).map((d) => d.name),
		cookie: document.cookie,
	}));

/** What each claim on the safety page says, checked against the browser. */
const CHECKS: Record<string, () => Promise<void>> = {
	'exit-replaces-page': async () => {
		const page = await newPage();
		await readSeveralPages(page, false);
		expect(new URL(await exitThenBack(page)).pathname).not.toBe('/protocols/talking-privately/');
		await page.context().close();
	},
	'exit-keeps-earlier-pages': async () => {
		const page = await newPage();
		await readSeveralPages(page, false);
		// Back from the weather page shows the page read before the one left: still this site.
		expect(new URL(await exitThenBack(page)).origin).toBe(base);
		await page.context().close();
	},
	'exit-forgets-switch': async () => {
		const page = await newPage();
		await readSeveralPages(page, true);
		await page.getByRole('link', { name: 'Exit this site' }).click();
		await page.waitForURL((url) => url.origin === EXIT.origin);
		await page.goto(`${base}/safety/`);
		expect(await page.getByRole('button', { name: 'Leave no trail' }).getAttribute('aria-pressed')).toBe('false');
		await page.context().close();
	},
	'no-trail-replaces': async () => {
		const page = await newPage();
		await readSeveralPages(page, true);
		expect(await exitThenBack(page)).toBe(BEFORE);
		await page.context().close();
	},
	'no-trail-session': async () => {
		const page = await newPage();
		await readSeveralPages(page, true);
		expect(await stored(page)).toEqual({ local: [], session: ['kb-leave-no-trail'], databases: [], cookie: '' });
		// Another tab does not share it.
		const other = await page.context().newPage();
		await other.goto(`${base}/safety/`);
		expect(await other.getByRole('button', { name: 'Leave no trail' }).getAttribute('aria-pressed')).toBe('false');
		await page.context().close();
	},
};

/** Claims about the browser's own history list, which no page can read: they rest on the cited guidance. */
const CITED = ['exit-keeps-history', 'no-trail-history'];

describe('the safety page tells the truth about the quick exit and "leave no trail"', () => {
	for (const path of ['/safety/', '/es/safety/'])
		it(`${path} makes exactly the claims checked here`, () => {
			const html = readPage(path);
			const claims = [...html.matchAll(/data-claim="([^"]+)"/g)].map((m) => m[1]);
			expect(claims.sort()).toEqual([...Object.keys(CHECKS), ...CITED].sort());
			for (const id of CITED)
				expect(new RegExp(`data-claim="${id}"[^]*?</li>`).exec(html)?.[0] ?? '', id).toMatch(
					/href="#ref-|href="\/privacy|private window|ventana privada/,
				);
		});

	for (const [claim, check] of Object.entries(CHECKS)) it(`holds: ${claim}`, check);

	it('with "leave no trail" on, search results and the language picker also replace the page', async () => {
		const page = await newPage();
		await readSeveralPages(page, true);
		const entries = await page.evaluate(() => history.length);
		await page.locator('site-search button[data-open-modal]').click();
		await page.locator('site-search dialog input[name=q]').fill('Obamacare');
		await page.locator('site-search [data-search-results] li h2 a[href="/coverage/marketplace/"]').click();
		await page.waitForURL(`${base}/coverage/marketplace/`);
		expect(await page.evaluate(() => history.length)).toBe(entries);
		await page.locator('starlight-lang-select select').first().selectOption({ label: 'Español' });
		await page.waitForURL(`${base}/es/coverage/marketplace/`);
		expect(await page.evaluate(() => history.length)).toBe(entries);
		expect(await exitThenBack(page)).toBe(BEFORE);
		await page.context().close();
	});
});
