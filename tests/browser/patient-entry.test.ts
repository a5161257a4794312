/**
 * The home page's "patient in front of me": a setting and a state give, in one screen, the protocol's "what to do
 * now", the screening tool, and the state's reporting line and coverage; without JavaScript the same are links.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../support/chromium.ts';
import { readPage } from '../support/dist.ts';

const base = inject('baseURL');
let browser: Browser;
let close: () => Promise<void>;
beforeAll(async () => ({ browser, close } = await launch()));
afterAll(() => close());

describe('a patient in front of me', () => {
	it('gives what to do now, the screening tool, and the state reporting line and coverage, in one phone screen', async () => {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${base}/`);
		await page.getByLabel('Where you are').selectOption('emergency-department');
		await page.locator('[data-patient-form] select[name=state]').selectOption('TX');
		const card = page.locator('[data-patient-card]');
		const hrefs = await card.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs).toEqual(
			expect.arrayContaining([
				'/protocols/emergency-department/#what-to-do-now',
				'/states/texas/#report-and-call',
				'/states/texas/#coverage-matrix',
			]),
		);
		// The screening tools are those the ED protocol's own page names for adolescents and adults.
		const tools = hrefs.filter((h) => h?.startsWith('/screening-tools/'));
		expect(tools.length).toBeGreaterThan(0);
		const ed = readPage('/protocols/emergency-department/');
		for (const tool of tools) expect(ed).toContain(`href="${tool}`);
		const box = await page.locator('[data-patient-entry]').boundingBox();
		const cardBox = await card.boundingBox();
		expect(cardBox!.y + cardBox!.height - box!.y).toBeLessThanOrEqual(844);
		await page.close();
	});

	it('opens the protocol at "what to do now"', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/`);
		await page.getByLabel('Where you are').selectOption('pediatric-care');
		await page.locator('[data-patient-card] a').first().click();
		await page.waitForURL(`${base}/protocols/children-and-adolescents/#what-to-do-now`);
		expect(await page.locator('#what-to-do-now').isVisible()).toBe(true);
		await page.close();
	});

	it('works without JavaScript, as links for every setting and state', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${base}/es/`);
		const links = page.locator('[data-patient-links]');
		await expect(links.isVisible()).resolves.toBe(true);
		expect(await links.locator('[data-setting]').count()).toBe(7);
		expect(await links.locator('a[data-state]').count()).toBeGreaterThanOrEqual(51);
		expect(await links.locator('a[href="/es/protocols/emergency-department/#what-to-do-now"]').count()).toBe(1);
		expect(await links.locator('a[href="/es/states/texas/"]').count()).toBe(1);
		await context.close();
	});
});
