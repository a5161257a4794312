/**
 * The coverage navigator answers from its URL, in English and Spanish, on a phone: a T-visa child in Texas on
 * 15 December 2026 has lost full federal Medicaid (P.L. 119-21 § 71109) but keeps Medicaid through Texas's ICHIA
 * election for children (42 U.S.C. 1396b(v)(4)), and can still get a Marketplace credit until the end of 2026
 * (§ 71301 applies from 2027). The form writes the question back into the URL.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../support/chromium.ts';

const base = inject('baseURL');
const QUERY = '?state=TX&group=child&status=t-visa&date=2026-12-15';
let browser: Browser;
let close: () => Promise<void>;
beforeAll(async () => ({ browser, close } = await launch()));
afterAll(() => close());

async function statusOf(page: Page, route: string): Promise<string | null> {
	return page.locator(`#navigator-result [data-route="${route}"]`).first().getAttribute('data-status');
}

describe('coverage navigator', () => {
	it('shows the routes for the question in the URL (English, phone)', async () => {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${base}/coverage/navigator/${QUERY}`);
		const result = page.locator('#navigator-result');
		await expect.poll(() => result.locator('[data-route]').count()).toBeGreaterThan(0);
		await expect.poll(() => result.locator('h2').textContent()).toContain('Texas');
		expect(await statusOf(page, 'full-medicaid')).toBe('closed');
		expect(await statusOf(page, 'ichia')).toBe('open');
		expect(await statusOf(page, 'marketplace-ptc')).toBe('open');
		expect(await statusOf(page, 'emergency-medicaid')).toBe('closed');
		expect(await result.textContent()).toContain('Open routes');
		// The form shows the same question, labelled for screen readers.
		expect(await page.getByLabel('State or territory').inputValue()).toBe('TX');
		expect(await page.getByLabel('Immigration situation').inputValue()).toBe('t-visa');
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(390);
		await page.close();
	});

	it('answers the same question in Spanish', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/es/coverage/navigator/${QUERY}`);
		const result = page.locator('#navigator-result');
		await expect.poll(() => result.locator('[data-route]').count()).toBeGreaterThan(0);
		expect(await statusOf(page, 'full-medicaid')).toBe('closed');
		expect(await statusOf(page, 'ichia')).toBe('open');
		expect(await result.textContent()).toContain('Vías abiertas');
		await page.close();
	});

	it('changes the answer with the date and keeps the question in the URL', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/coverage/navigator/${QUERY}`);
		await expect.poll(() => statusOf(page, 'marketplace-ptc')).toBe('open');
		await page.getByLabel(/^Date/).fill('2027-01-01');
		await page.getByRole('button', { name: 'Show routes' }).click();
		await expect.poll(() => statusOf(page, 'marketplace-ptc')).toBe('closed');
		expect(new URL(page.url()).searchParams.get('date')).toBe('2027-01-01');
		await page.close();
	});

	it('links to every state matrix without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${base}/coverage/navigator/`);
		const hrefs = await page.locator('.kb-nav-states a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs).toContain('/states/texas/#coverage-matrix');
		expect(hrefs.length).toBeGreaterThanOrEqual(50);
		await context.close();
	});

	it('has no WCAG violations with an answer shown, nor on a state matrix', async () => {
		const page = await (await browser.newContext()).newPage();
		const found: string[] = [];
		const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
		for (const path of [`/coverage/navigator/${QUERY}`, `/es/coverage/navigator/${QUERY}`, '/states/texas/']) {
			await page.goto(`${base}${path}`);
			if (path.includes('navigator')) await expect.poll(() => page.locator('#navigator-result [data-route]').count()).toBeGreaterThan(0);
			const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
			found.push(...violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
		}
		expect(found).toEqual([]);
		await page.close();
	});
});
