/**
 * axe-core (WCAG 2.0–2.2 A and AA rules) on every built page, in the light and the dark theme: no violations.
 * And a keyboard-only walk from the home page to a state guide, a protocol and a search result.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../support/chromium.ts';
import { builtPages } from '../support/dist.ts';
import { searchDialog } from '../support/search.ts';

const base = inject('baseURL');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser: Browser;
let close: () => Promise<void>;
beforeAll(async () => ({ browser, close } = await launch()));
afterAll(() => close());

/** Violations of the WCAG rules, or of the given rules only, described for the test message. */
async function axe(page: Page, label: string, rules?: readonly string[]): Promise<string[]> {
	const builder = new AxeBuilder({ page });
	const { violations } = await (rules ? builder.withRules([...rules]) : builder.withTags(TAGS)).analyze();
	return violations.map(
		(v) =>
			`${label} ${v.id}: ${v.help} — ${v.nodes
				.slice(0, 3)
				.map((n) => n.target.join(' '))
				.join(', ')}`,
	);
}

/** Tab until the focused element matches, and return how many presses it took. */
async function tabTo(page: Page, matches: (el: { text: string; href: string | null }) => boolean, max = 120): Promise<number> {
	for (let i = 1; i <= max; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => ({
			text: document.activeElement?.textContent?.trim() ?? '',
			href: document.activeElement?.getAttribute('href') ?? null,
		}));
		if (matches(focused)) return i;
	}
	throw new Error('never reached the element by keyboard');
}

describe('accessibility', () => {
	it('has no axe violations on any page, in the light and the dark theme', { timeout: 600_000 }, async () => {
		const found: string[] = [];
		const pages = builtPages();
		// Three tabs share the pages; the dark theme changes only colours, so it re-runs the colour rules alone.
		const worker = async (paths: string[]) => {
			const page = await (await browser.newContext()).newPage();
			for (const path of paths) {
				await page.goto(`${base}${path}`);
				for (const [theme, only] of [
					['light', undefined],
					['dark', ['color-contrast', 'link-in-text-block']],
				] as const) {
					await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
					found.push(...(await axe(page, `${path} [${theme}]`, only)));
				}
			}
			await page.close();
		};
		await Promise.all([0, 1, 2].map((i) => worker(pages.filter((_, j) => j % 3 === i))));
		expect(pages.length).toBeGreaterThan(200);
		expect(found).toEqual([]);
	});

	it('has no axe violations with search, the chooser and the state table in use', async () => {
		const page = await (await browser.newContext()).newPage();
		const found: string[] = [];
		const check = async (label: string) => {
			found.push(...(await axe(page, label)));
		};
		await page.goto(`${base}/states/texas/`);
		await searchDialog(page, 'medicaid');
		await check('search dialog');
		await page.goto(`${base}/search/?q=interpreter`);
		await page.locator('.kb-search__results li').first().waitFor();
		await check('search page');
		await page.goto(`${base}/screening-tools/`);
		await page.getByLabel('Patient age (years)').fill('16');
		await page.getByRole('button', { name: 'Suggest tools' }).click();
		await page.locator('[data-suggestion]').first().waitFor();
		await check('chooser');
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(`${base}/states/`);
		await check('states at 320px');
		expect(found).toEqual([]);
		await page.close();
	});

	it('can be used by keyboard alone: home → a state guide, a protocol, a search result', async () => {
		const page = await (await browser.newContext()).newPage();
		await page.goto(`${base}/`);
		await tabTo(page, (el) => el.href === '/states/texas/');
		await page.keyboard.press('Enter');
		await page.waitForURL(`${base}/states/texas/`);
		expect(await page.locator('h1').textContent()).toBe('Texas');

		await page.goto(`${base}/`);
		await tabTo(page, (el) => el.href === '/protocols/');
		await page.keyboard.press('Enter');
		await page.waitForURL(`${base}/protocols/`);
		await tabTo(page, (el) => el.href === '/protocols/responding-to-disclosure/');
		await page.keyboard.press('Enter');
		await page.waitForURL(`${base}/protocols/responding-to-disclosure/`);

		await page.goto(`${base}/`, { waitUntil: 'networkidle' });
		await page.keyboard.press('Control+k');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.matches('site-search input[name=q]') ?? false), { timeout: 15_000 })
			.toBe(true);
		await page.keyboard.type('Obamacare');
		await page.locator('site-search [data-search-results] li a').first().waitFor();
		await tabTo(page, (el) => el.href?.startsWith('/coverage/marketplace/') ?? false, 20);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === '/coverage/marketplace/');
		await page.close();
	});
});
