/**
 * No page asks anything of another origin; no page breaks its Content-Security-Policy, with search in use;
 * browsing and searching leave nothing on the device but a theme the reader chose.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../support/chromium.ts';
import { builtPages } from '../support/dist.ts';
import { searchDialog } from '../support/search.ts';

const base = inject('baseURL');
let browser: Browser;
let close: () => Promise<void>;
beforeAll(async () => ({ browser, close } = await launch()));
afterAll(() => close());

/** A page that records CSP violations and every request that leaves this server. */
async function watchedPage(context = undefined as Awaited<ReturnType<Browser['newContext']>> | undefined) {
	const ctx = context ?? (await browser.newContext());
	await ctx.addInitScript(() => {
		(window as unknown as { __violations: string[] }).__violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __violations: string[] }).__violations.push(
				`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
			),
		);
	});
	const page = await ctx.newPage();
	const external: string[] = [];
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:', 'about:'].includes(url.protocol))
			external.push(req.url());
	});
	const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
	return { page, external, violations };
}

async function search(page: Page, words: string) {
	await searchDialog(page, words);
}

describe('privacy and security', () => {
	it('loads every built page with no request to another origin and no CSP violation', async () => {
		const { page, external, violations } = await watchedPage();
		const problems: string[] = [];
		for (const path of builtPages()) {
			await page.goto(`${base}${path}`, { waitUntil: 'load' });
			for (const v of await violations()) problems.push(`${path}: ${v}`);
		}
		expect(external).toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('breaks no CSP rule while search, the chooser, the state table and the theme switch are used', async () => {
		const { page, external, violations } = await watchedPage();
		await page.goto(`${base}/states/texas/`);
		await search(page, 'Texas Medicaid');
		expect(await violations()).toEqual([]);
		await page.goto(`${base}/es/`);
		await search(page, 'visa T');
		expect(await violations()).toEqual([]);
		await page.goto(`${base}/search/?q=interpreter&kind=guide`);
		await page.locator('.kb-search__results li').first().waitFor();
		await page.goto(`${base}/screening-tools/`);
		await page.getByLabel('Patient age (years)').fill('16');
		await page.getByRole('button', { name: 'Suggest tools' }).click();
		await page.locator('[data-suggestion]').first().waitFor();
		await page.goto(`${base}/states/`);
		await page.getByLabel('Filter rows').fill('New');
		await page.locator('#state-comparison th button').first().click();
		await page.locator('starlight-theme-select select').first().selectOption('dark');
		expect(await violations()).toEqual([]);
		expect(external).toEqual([]);
		await page.context().close();
	});

	it('writes nothing to local storage, cookies or IndexedDB by default, and keeps no sidebar state after a real hide', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${base}/`);
		await page.goto(`${base}/protocols/responding-to-disclosure/`);
		// Open and close a sidebar group, which makes Starlight store its state.
		await page.locator('#starlight__sidebar summary').first().click();
		await page.locator('#starlight__sidebar summary').first().click();
		await search(page, 'T visa');
		await page.goto(`${base}/search/?q=medicaid&state=TX`);
		await page.locator('[data-search-results] li').first().waitFor();
		await page.goto(`${base}/states/texas/`);
		// Leaving the page hides it: the browser sends the real, bubbling visibilitychange Starlight stores its state on.
		// The next document is of this site but runs no script, so what it finds was left by the page before.
		await page.goto(`${base}/data/states.json`);
		expect(
			await page.evaluate(async () => ({
				local: Object.keys(localStorage),
				session: Object.keys(sessionStorage),
				databases: (await indexedDB.databases()).map((d) => d.name),
				caches: await caches.keys(),
				cookie: document.cookie,
			})),
		).toEqual({ local: [], session: [], databases: [], caches: [], cookie: '' });
		expect(await context.cookies()).toEqual([]);
		await context.close();
	});

	it('keeps a theme only when the reader chooses one', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${base}/`);
		await page.locator('starlight-theme-select select').first().selectOption('dark');
		await page.goto(`${base}/states/texas/`);
		expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({ 'starlight-theme': 'dark' });
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await page.locator('starlight-theme-select select').first().selectOption('auto');
		await page.goto(`${base}/data/states.json`);
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
		await context.close();
	});

	it('sends the security headers from _headers, with frame-ancestors in the policy', async () => {
		const response = await fetch(`${base}/states/texas/`);
		expect(response.headers.get('referrer-policy')).toBe('no-referrer');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('permissions-policy')).toContain('camera=()');
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("default-src 'self'");
		expect(csp).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
	});

	it('refuses to be framed by another site', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.route('http://localhost:9/framer', (route) =>
			route.fulfill({ contentType: 'text/html', body: `<iframe src="${base}/"></iframe>` }),
		);
		await page.goto('http://localhost:9/framer');
		await page.waitForTimeout(1000);
		const frame = page.frames().find((f) => f !== page.mainFrame());
		expect(frame?.url()).toMatch(/^chrome-error:/);
		await context.close();
	});
});
