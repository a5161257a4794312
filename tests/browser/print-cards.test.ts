/**
 * Bedside cards print on one page (A4 and US Letter) from the protocol's "Print card" button; patient handouts print
 * discreetly: no review banner, references or review box, no "trafficking" in the printed title, at most two pages.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_ROOT } from '../../src/lib/paths.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { launch } from '../support/chromium.ts';

const base = inject('baseURL');
let browser: Browser;
let close: () => Promise<void>;
beforeAll(async () => ({ browser, close } = await launch()));
afterAll(() => close());

/** Pages in a PDF Chromium wrote: one "/Type /Page" object per page ("/Type /Pages" is the tree, not a page). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

async function printBoth(page: Page): Promise<{ a4: number; letter: number }> {
	const a4 = pdfPages(await page.pdf({ format: 'A4', printBackground: false }));
	const letter = pdfPages(await page.pdf({ format: 'Letter', printBackground: false }));
	return { a4, letter };
}

const CARD_PAGES = ['emergency-department', 'primary-care', 'children-and-adolescents'];

describe('bedside cards', () => {
	for (const slug of CARD_PAGES)
		it(`${slug}: "Print card" prints only the card, on one A4 and one Letter page`, async () => {
			const page = await browser.newPage();
			// Headless Chromium cannot show a print dialog: record the call instead.
			await page.addInitScript(() => {
				window.print = () => {
					(window as unknown as { printed: boolean }).printed = true;
				};
			});
			await page.goto(`${base}/protocols/${slug}/`);
			const wholePage = await printBoth(page);
			expect(wholePage.letter, 'the full protocol is longer than one page').toBeGreaterThan(1);

			await page.getByRole('button', { name: 'Print card' }).click();
			expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
			await page.emulateMedia({ media: 'print' });
			const card = page.locator('[data-bedside-card]');
			expect(await card.isVisible()).toBe(true);
			expect(await card.textContent()).toMatch(/child protective services/);
			expect(await card.textContent()).toMatch(/1-888-373-7888/);
			for (const selector of ['h1', '.kb-summary', '.kb-recs', '.kb-references'])
				expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
			// Chromium fires "afterprint" after each PDF, which (as in a real print) puts the whole page back: press again.
			const a4 = pdfPages(await page.pdf({ format: 'A4' }));
			await page.locator('[data-print-card]').dispatchEvent('click');
			const letter = pdfPages(await page.pdf({ format: 'Letter' }));
			expect({ a4, letter }).toEqual({ a4: 1, letter: 1 });
			await page.close();
		});

	it('is left out when the whole protocol is printed with Ctrl+P', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/protocols/emergency-department/`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.kb-bedside').isVisible()).toBe(false);
		expect(await page.locator('.kb-summary').isVisible()).toBe(true);
		await page.close();
	});
});

const handouts = validateContent(CONTENT_ROOT)
	.pages.filter((p) => p.data.type === 'handout')
	.map((p) => `/${p.id}/`);

describe('discreet handout printing', () => {
	it('has handouts to check', () => {
		expect(handouts.length).toBeGreaterThanOrEqual(3);
	});

	for (const path of handouts)
		it(`${path} prints without banner, references or "trafficking" in its title, in two pages at most`, async () => {
			const page = await browser.newPage();
			await page.goto(`${base}${path}`);
			await page.emulateMedia({ media: 'print' });
			expect(await page.title()).not.toMatch(/traffick/i);
			expect(await page.locator('h1').textContent()).not.toMatch(/traffick/i);
			for (const selector of ['.kb-notice', '.kb-references', '.kb-review-box'])
				expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
			const { a4, letter } = await printBoth(page);
			expect(a4, 'A4 pages').toBeLessThanOrEqual(2);
			expect(letter, 'Letter pages').toBeLessThanOrEqual(2);
			await page.close();
		});
});
