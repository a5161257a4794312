/**
 * axe-core (WCAG 2.0–2.2 A and AA rules) on every built page, the colour rules in both themes: no violations.
 * And a keyboard-only walk from the home page to a state guide, a protocol and a search result.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../support/chromium.ts';
import { builtPages, readPage } from '../support/dist.ts';
import { searchDialog } from '../support/search.ts';

const base = inject('baseURL');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser: Browser;
let close: () => Promise<void>;
beforeAll(async () => ({ browser, close } = await launch()));
afterAll(() => close());

const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Violations of the WCAG rules (or of the given rules only, or without the excluded ones), for the test message. */
async function axe(page: Page, label: string, rules?: readonly string[], exclude: readonly string[] = []): Promise<string[]> {
	const builder = new AxeBuilder({ page });
	if (exclude.length) builder.disableRules([...exclude]);
	const { violations } = await (rules ? builder.withRules([...rules]) : builder.withTags(TAGS)).analyze();
	return violations.map(
		(v) =>
			`${label} ${v.id}: ${v.help} — ${v.nodes
				.slice(0, 3)
				.map((n) => n.target.join(' '))
				.join(', ')}`,
	);
}

/** Per language and top-level section (states, protocols, …, and single pages), the page with the most HTML. */
function largestPageOfEachSection(pages: readonly string[]): string[] {
	const largest = new Map<string, { path: string; size: number }>();
	for (const path of pages) {
		const section = path
			.split('/')
			.slice(0, path.startsWith('/es/') ? 3 : 2)
			.join('/');
		const size = readPage(path).length;
		if ((largest.get(section)?.size ?? -1) < size) largest.set(section, { path, size });
	}
	return [...largest.values()].map((l) => l.path);
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
	it('has no axe violations on any page, and no contrast failure in the light or the dark theme', { timeout: 600_000 }, async () => {
		const found: string[] = [];
		const pages = builtPages();
		const contrastPages = new Set(largestPageOfEachSection(pages));
		// Three tabs share the pages. Every rule runs on every page except the colour rules, the slowest: colours
		// come from the stylesheets, which are the same for every page of a section, so they run in both themes on
		// the section's largest page (the one with the most components).
		const worker = async (paths: string[]) => {
			const page = await (await browser.newContext()).newPage();
			for (const path of paths) {
				await page.goto(`${base}${path}`);
				found.push(...(await axe(page, `${path} [light]`, undefined, COLOUR_RULES)));
				if (!contrastPages.has(path)) continue;
				for (const theme of ['light', 'dark']) {
					await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
					found.push(...(await axe(page, `${path} [${theme}]`, COLOUR_RULES)));
				}
			}
			await page.close();
		};
		await Promise.all([0, 1, 2].map((i) => worker(pages.filter((_, j) => j % 3 === i))));
		expect(pages.length).toBeGreaterThan(200);
		expect(contrastPages.size).toBeGreaterThan(20);
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
