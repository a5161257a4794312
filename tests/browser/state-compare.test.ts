/**
 * Compare states: 2 to 5 jurisdictions chosen side by side, the choice kept in the address (a plain link works),
 * the state column in view while the table scrolls sideways on a phone, "CA" finds California first, and the
 * abbreviations explained in place.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../support/chromium.ts';

const base = inject('baseURL');
let browser: Browser;
let close: () => Promise<void>;
beforeAll(async () => ({ browser, close } = await launch()));
afterAll(() => close());

const shownRows = '#state-comparison tbody tr:not([hidden])';

describe('compare states', () => {
	it('shows only the jurisdictions a shared link names, in its order, and "show all" brings the rest back', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/states/?compare=TX,CA&compare=ny#state-comparison`);
		expect(await page.locator(shownRows).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state-row')))).toEqual([
			'TX',
			'CA',
			'NY',
		]);
		expect(await page.locator('[data-compare-message]').textContent()).toBe('Comparing Texas, California, New York.');
		await page.getByRole('link', { name: 'Show all jurisdictions' }).click();
		await page.waitForURL(`${base}/states/#state-comparison`);
		expect(await page.locator(shownRows).count()).toBeGreaterThanOrEqual(51);
		await page.close();
	});

	it('puts the choice made in the form into the address', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/states/`);
		await page.getByText('Compare 2 to 5 jurisdictions side by side').click();
		await page.getByLabel('Florida', { exact: true }).check();
		await page.getByLabel('Georgia', { exact: true }).check();
		await page.getByRole('button', { name: 'Compare', exact: true }).click();
		await page.waitForURL(/compare=FL&compare=GA/);
		expect(await page.locator(shownRows).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state-row')))).toEqual(['FL', 'GA']);
		// The boxes show the choice, so it can be changed.
		expect(await page.getByLabel('Florida', { exact: true }).isChecked()).toBe(true);
		await page.close();
	});

	it('keeps at most five, and says so', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/states/?compare=AL,AK,AZ,AR,CA,CO`);
		expect(await page.locator(shownRows).count()).toBe(5);
		expect(await page.locator('[data-compare-too-many]').isVisible()).toBe(true);
		await page.close();
	});

	it('keeps the state column in view while the table scrolls sideways on a phone', async () => {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${base}/states/`);
		const scroller = page.locator('section.kb-table-scroll:has(#state-comparison)');
		const cell = page.locator('#state-comparison tbody tr:first-child th');
		const before = await cell.boundingBox();
		const wide = await scroller.evaluate((el) => el.scrollWidth > el.clientWidth);
		expect(wide).toBe(true);
		await scroller.evaluate((el) => el.scrollBy(300, 0));
		const after = await cell.boundingBox();
		expect(after!.x).toBeCloseTo(before!.x, 0);
		await page.close();
	});

	it('finds California first for "CA", and Texas for "TX", by code', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/states/`);
		await page.getByLabel('Filter rows').fill('CA');
		expect(await page.locator(shownRows).first().getAttribute('data-state-row')).toBe('CA');
		await page.getByLabel('Filter rows').fill('tx');
		expect(await page.locator(shownRows).first().getAttribute('data-state-row')).toBe('TX');
		await page.close();
	});

	it('explains abbreviations in place: in the headers, the cells and a legend', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/states/`);
		expect(await page.locator('#state-comparison thead abbr', { hasText: 'ICHIA' }).first().getAttribute('title')).toMatch(
			/lawfully residing/,
		);
		expect(await page.locator('#state-comparison tbody abbr', { hasText: 'FFE' }).first().getAttribute('title')).toMatch(
			/Federally facilitated/,
		);
		for (const abbr of ['ICHIA', 'SBE', 'SBE-FP', 'FFE'])
			expect(await page.locator('[data-legend] dt', { hasText: new RegExp(`^${abbr}$`) }).count(), abbr).toBe(1);
		await page.close();
	});
});
