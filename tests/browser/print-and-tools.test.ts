/** Printing gives a clean handout; the state table sorts and filters; the tool chooser suggests by age, setting and time. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../support/chromium.ts';

const base = inject('baseURL');
let browser: Browser;
let close: () => Promise<void>;
beforeAll(async () => ({ browser, close } = await launch()));
afterAll(() => close());

const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

describe('print', () => {
	it('prints a protocol without navigation, search, quick exit or theme controls, with link addresses, references and the review box', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/protocols/responding-to-disclosure/`);
		await page.emulateMedia({ media: 'print' });
		for (const selector of [
			'header.header',
			'#starlight__sidebar',
			'.kb-quick-exit',
			'site-search',
			'starlight-theme-select',
			'.right-sidebar-container',
		])
			expect(await visible(page, selector), selector).toBe(false);
		for (const selector of ['h1', '.kb-summary', '.kb-recs', '.kb-references', '.kb-review-box'])
			expect(await visible(page, selector), selector).toBe(true);
		const after = await page
			.locator('.kb-references a[href^="http"]')
			.first()
			.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toMatch(/^"? ?\(?"?\s*attr|https?:/);
		const pdf = await page.pdf({ format: 'Letter' });
		expect(pdf.byteLength).toBeGreaterThan(10_000);
		await page.close();
	});
});

describe('state comparison table', () => {
	it('filters rows by text and sorts by a column, with aria-sort', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/states/`);
		await page.getByLabel('Filter rows').fill('new');
		const visibleRows = () => page.locator('#state-comparison tbody tr:not([hidden]) th a').allTextContents();
		expect(await visibleRows()).toEqual(['New Hampshire', 'New Jersey', 'New Mexico', 'New York']);
		expect(await page.locator('[data-table-count]').textContent()).toBe('Showing 4 of 56');
		await page.getByLabel('Filter rows').fill('');
		const header = page.locator('#state-comparison thead th').nth(1);
		await header.locator('button').click();
		expect(await header.getAttribute('aria-sort')).toBe('ascending');
		const first = await page.locator('#state-comparison tbody tr th').first().textContent();
		expect(await page.locator(`#state-comparison tbody tr:first-child td[data-fact="medicaidExpansion"]`).textContent()).toMatch(/^No/);
		expect(first).toBeTruthy();
		await page.close();
	});

	it('is complete and readable without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${base}/states/`);
		expect(await page.locator('#state-comparison tbody tr').count()).toBe(56);
		expect(await page.locator('[data-table-controls]').isVisible()).toBe(false);
		await context.close();
	});
});

describe('screening tool chooser', () => {
	async function choose(page: Page, age: number, setting: string, minutes = '') {
		await page.getByLabel('Patient age (years)').fill(String(age));
		await page.getByLabel('Setting').selectOption(setting);
		await page.getByLabel('Time available').selectOption(minutes);
		await page.getByRole('button', { name: 'Suggest tools' }).click();
		await page.locator('[data-suggestion]').first().waitFor();
		return page
			.locator('[data-suggestion]')
			.evaluateAll((items) => items.map((i) => ({ id: (i as HTMLElement).dataset.suggestion, fit: (i as HTMLElement).dataset.fit })));
	}

	it('suggests the adolescent screen for a 15-year-old in an ED, the adult ED screen first at 18, and no adolescent screen past its ages', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/screening-tools/`);
		const teen = await choose(page, 15, 'emergency-department', '5');
		expect(teen[0]).toEqual({ id: 'sscst', fit: 'suggested' });
		expect(teen.map((s) => s.id)).not.toContain('raft');
		const eighteen = await choose(page, 18, 'emergency-department', '5');
		expect(eighteen[0]).toEqual({ id: 'raft', fit: 'suggested' });
		const adult = await choose(page, 25, 'emergency-department', '5');
		expect(adult[0]).toEqual({ id: 'raft', fit: 'suggested' });
		expect(adult.map((s) => s.id)).not.toContain('sscst');
		await page.close();
	});

	it('always offers PEARR as an approach for every patient, after the screens, with its reason', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/screening-tools/`);
		const result = await choose(page, 40, 'dental', '2');
		expect(result.at(-1)).toEqual({ id: 'pearr', fit: 'approach' });
		expect(await page.locator('[data-suggestion="pearr"] li').first().textContent()).toMatch(/not a screen/);
		await page.close();
	});

	it('offers no adult or unknown-age tool to an 8-year-old, no child tool to a 45-year-old, and names unknown-age tools apart', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/screening-tools/`);
		const child = await choose(page, 8, 'emergency-department');
		expect(child.map((s) => s.id)).not.toContain('tvit');
		expect(child.map((s) => s.id)).not.toContain('tvit-short');
		expect(child.map((s) => s.id)).not.toContain('raft');
		expect(child.filter((s) => s.fit === 'suggested')).toEqual([]);
		const adult = await choose(page, 45, 'emergency-department');
		expect(adult.map((s) => s.id)).not.toContain('cse-it');
		expect(adult.map((s) => s.id)).not.toContain('sscst');
		const notStated = (await page.locator('[data-ages-not-stated]').getAttribute('data-ages-not-stated'))!.split(' ');
		expect(notStated).toContain('tvit');
		expect(notStated).not.toContain('cse-it');
		expect(await page.locator('[data-ages-not-stated]').textContent()).toMatch(/do not state the ages/);
		await page.close();
	});

	it('suggests QYIT for a young adult in a shelter', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/screening-tools/`);
		const result = await choose(page, 20, 'shelter', '10');
		expect(result.map((s) => s.id)).toContain('qyit');
		await page.close();
	});

	it('hides the form without JavaScript and says so; the catalog stays complete', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${base}/screening-tools/`);
		expect(await page.locator('form[data-chooser]').isVisible()).toBe(false);
		expect(await page.locator('.kb-chooser .kb-notice').textContent()).toMatch(/needs JavaScript/);
		expect(await page.locator('#tool-comparison tbody tr').count()).toBeGreaterThanOrEqual(10);
		await context.close();
	});
});
