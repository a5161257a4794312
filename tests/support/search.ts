/** Run a search through the site's own search code (the /search/ page, which the header dialog shares) and read what it shows. */
import type { Page } from 'playwright-core';

export interface Shown {
	urls: string[];
	status: string;
	notes: string;
}

export interface SearchOptions {
	lang?: 'en' | 'es';
	state?: string;
	kind?: string;
	topic?: string;
}

/** Wait until the search under `root` has finished and return its results, status and notes. */
export async function shownResults(page: Page, root = 'body'): Promise<Shown> {
	await page.locator(`${root} [data-search-results]:not([aria-busy])`).waitFor({ state: 'attached' });
	await page.waitForFunction((r) => {
		const status = document.querySelector(`${r} [data-search-status]`)?.textContent ?? '';
		return status !== '' && !/…$/.test(status);
	}, root);
	return page.evaluate((r) => {
		const scope = document.querySelector(r)!;
		return {
			urls: [...scope.querySelectorAll('[data-search-results] li h2 a')].map((a) => a.getAttribute('href') ?? ''),
			status: scope.querySelector('[data-search-status]')?.textContent ?? '',
			notes: scope.querySelector('[data-search-notes]')?.textContent ?? '',
		};
	}, root);
}

/** Open /search/ (or /es/search/) with the words and filters in the address, as a shared link would. */
export async function searchPage(page: Page, base: string, q: string, o: SearchOptions = {}): Promise<Shown> {
	const params = new URLSearchParams();
	if (q) params.set('q', q);
	if (o.state) params.set('state', o.state);
	if (o.kind) params.set('kind', o.kind);
	if (o.topic) params.set('topic', o.topic);
	await page.goto(`${base}${o.lang === 'es' ? '/es' : ''}/search/?${params}`);
	return shownResults(page, '[data-search-page]');
}

/** Type the words into the header's search dialog on the page open in `page`. */
export async function searchDialog(page: Page, q: string): Promise<Shown> {
	await page.locator('site-search button[data-open-modal]').click();
	const input = page.locator('site-search dialog input[name=q]');
	await input.fill(q);
	await input.press('Enter');
	return shownResults(page, 'site-search dialog');
}
