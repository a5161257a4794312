/** The quick exit leaves at once, by click, by keyboard and by Shift ×3; Back does not return; it works without JavaScript. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SITE } from '../../src/config/site.ts';
import { launch } from '../support/chromium.ts';

const base = inject('baseURL');
const EXIT = new URL(SITE.quickExitUrl);
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => ({ browser, close } = await launch()));
afterAll(() => close());

/** A page whose requests to the neutral site are answered locally (there is no network here). */
async function newPage(options: Parameters<Browser['newContext']>[0] = {}, delayMs = 0): Promise<Page> {
	const context = await browser.newContext(options);
	await context.route(`${EXIT.origin}/**`, async (route) => {
		if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
		await route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>' });
	});
	return context.newPage();
}

/** Open the home page, then a state guide, so Back has somewhere to go. */
async function openTwoPages(page: Page) {
	await page.goto(`${base}/`);
	await page.goto(`${base}/states/texas/`);
}

/** Some visible "Exit this site" link is the topmost element at its own centre, inside the viewport. */
function exitIsOnTop(page: Page): Promise<boolean> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLAnchorElement>('a[data-quick-exit-link]')].some((a) => {
			const r = a.getBoundingClientRect();
			if (r.width === 0 || r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return false;
			return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('a') === a;
		}),
	);
}

async function expectLeftAndBackSkipsThePage(page: Page) {
	await page.waitForURL((url) => url.origin === EXIT.origin);
	await page.goBack();
	expect(new URL(page.url()).pathname).toBe('/');
	await page.context().close();
}

describe('quick exit', () => {
	it('is a visible, labelled link next in keyboard order after the skip link', async () => {
		const page = await newPage();
		await page.goto(`${base}/states/texas/`);
		const exit = page.getByRole('link', { name: 'Exit this site' });
		await expect(exit.isVisible()).resolves.toBe(true);
		await expect(exit.getAttribute('href')).resolves.toBe(SITE.quickExitUrl);
		expect(await exit.evaluate((a) => document.getElementById(a.getAttribute('aria-describedby')!)?.textContent)).toMatch(
			/Shift key three times/,
		);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.className)).toContain('sl-skip-link');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Exit this site');
		await page.context().close();
	});

	it('leaves on click, and Back does not return to the page', async () => {
		const page = await newPage();
		await openTwoPages(page);
		await page.getByRole('link', { name: 'Exit this site' }).click();
		await expectLeftAndBackSkipsThePage(page);
	});

	it('blanks the page at once, before the next site has loaded', async () => {
		const page = await newPage({}, 1000);
		await openTwoPages(page);
		const seen: string[] = [];
		await page.exposeFunction('reportVisibility', (v: string) => seen.push(v));
		await page.evaluate(() => {
			new MutationObserver(() => {
				if (document.documentElement.classList.contains('kb-exiting'))
					(window as unknown as { reportVisibility: (v: string) => void }).reportVisibility(getComputedStyle(document.body).visibility);
			}).observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
		});
		await page.getByRole('link', { name: 'Exit this site' }).click({ noWaitAfter: true });
		await expect.poll(() => seen).toContain('hidden');
		await expectLeftAndBackSkipsThePage(page);
	});

	it('leaves when Shift is pressed three times', async () => {
		const page = await newPage();
		await openTwoPages(page);
		for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
		await expectLeftAndBackSkipsThePage(page);
	});

	it('does not leave when Shift is used to type, and announces the count', async () => {
		const page = await newPage();
		await openTwoPages(page);
		await page.keyboard.press('Shift');
		expect(await page.locator('[data-quick-exit-status]').textContent()).toMatch(/2 more times/);
		await page.keyboard.press('Shift+A');
		await page.keyboard.press('Shift');
		await page.waitForTimeout(300);
		expect(new URL(page.url()).pathname).toBe('/states/texas/');
		await page.context().close();
	});

	it('leaves from the keyboard (Tab to it, Enter)', async () => {
		const page = await newPage();
		await openTwoPages(page);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expectLeftAndBackSkipsThePage(page);
	});

	it('is still a plain link to the neutral site without JavaScript', async () => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto(`${base}/states/texas/`);
		await page.getByRole('link', { name: 'Exit this site' }).click();
		await page.waitForURL((url) => url.origin === EXIT.origin);
		await page.context().close();
	});

	it('is labelled in Spanish on Spanish pages', async () => {
		const page = await newPage();
		await page.goto(`${base}/es/states/texas/`);
		await expect(page.getByRole('link', { name: 'Salir de este sitio' }).isVisible()).resolves.toBe(true);
		await page.context().close();
	});

	it('is hidden when the page is printed', async () => {
		const page = await newPage();
		await page.goto(`${base}/states/texas/`);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('link', { name: 'Exit this site' }).isVisible()).resolves.toBe(false);
		await page.context().close();
	});

	it('is never covered: on a phone and a desktop, with the menu or the search dialog open', async () => {
		for (const viewport of [
			{ width: 390, height: 844 },
			{ width: 1280, height: 800 },
		]) {
			const page = await newPage({ viewport, isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
			await page.goto(`${base}/protocols/emergency-department/`);
			await page.evaluate(() => scrollTo(0, 3000));
			expect(await exitIsOnTop(page), `${viewport.width}: page`).toBe(true);
			if (viewport.width < 500) {
				await page.locator('button.sl-menu-button').click();
				expect(await exitIsOnTop(page), `${viewport.width}: menu`).toBe(true);
				await page.keyboard.press('Escape');
				await page.reload();
			}
			await page.locator('site-search button[data-open-modal]').click();
			await page.locator('site-search dialog input[name=q]').fill('medicaid');
			expect(await exitIsOnTop(page), `${viewport.width}: search`).toBe(true);
			await page.locator('site-search dialog').getByRole('link', { name: 'Exit this site' }).click();
			await page.waitForURL((url) => url.origin === EXIT.origin);
			await page.context().close();
		}
	});

	it('never covers the element that has keyboard focus', async () => {
		for (const width of [1280, 390]) {
			const page = await newPage({ viewport: { width, height: 700 } });
			await page.goto(`${base}/protocols/responding-to-disclosure/`);
			for (let i = 0; i < 60; i++) {
				await page.keyboard.press('Tab');
				const hidden = await page.evaluate(() => {
					const el = document.activeElement as HTMLElement | null;
					const header = document.querySelector('header.header');
					if (!el || !header || header.contains(el) || el.closest('#starlight__sidebar, .sl-skip-link, .sl-menu-button')) return null;
					const r = el.getBoundingClientRect();
					if (r.width === 0 && r.height === 0) return null;
					const h = header.getBoundingClientRect();
					return r.top < h.bottom - 1
						? `${el.tagName} "${el.textContent?.trim().slice(0, 40)}" top ${r.top} under header bottom ${h.bottom}`
						: null;
				});
				expect(hidden, `width ${width}, tab ${i}`).toBeNull();
			}
			await page.context().close();
		}
	});
});
