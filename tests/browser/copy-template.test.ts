/** The note templates' copy buttons work under the site's Content-Security-Policy and put the template on the clipboard. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../support/chromium.ts';

const base = inject('baseURL');
let browser: Browser;
let close: () => Promise<void>;
beforeAll(async () => ({ browser, close } = await launch()));
afterAll(() => close());

describe('note template copy button', () => {
	it('copies the template text to the clipboard, says so, and breaks no CSP rule', async () => {
		const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
		});
		await page.goto(`${base}/guides/coding-and-documentation/`);
		const figure = page.locator('[data-copy-template]').filter({ hasText: 'Forensic referral' });
		const button = figure.getByRole('button', { name: 'Copy "Forensic referral"' });
		await button.click();
		await expect.poll(() => figure.locator('[role="status"]').textContent()).toBe('Copied to the clipboard');
		const clipboard = await page.evaluate(() => navigator.clipboard.readText());
		expect(clipboard).toBe((await figure.locator('pre').textContent())?.trim());
		expect(clipboard).toContain('forensic exam is free');
		expect(violations).toEqual([]);
		await context.close();
	});

	it('leaves the text readable and hides the button when JavaScript is off', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${base}/guides/coding-and-documentation/`);
		expect(await page.locator('[data-copy-template] pre').first().isVisible()).toBe(true);
		expect(await page.locator('[data-copy-button]').first().isVisible()).toBe(false);
		await context.close();
	});
});
