/**
 * A section's index page lists every page of the section (title, one-line summary, review status), in English and
 * in Spanish, where pages not yet translated are marked as in English. Expected pages are read from content/docs/.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../support/chromium.ts';

const base = inject('baseURL');
const DOCS = join(import.meta.dirname, '../../content/docs');
let browser: Browser;
let close: () => Promise<void>;
beforeAll(async () => ({ browser, close } = await launch()));
afterAll(() => close());

/** Page slugs of a section folder, from the files (the index page itself left out). */
function filesOf(dir: string): string[] {
	return readdirSync(join(DOCS, dir))
		.filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_') && !/^index\./.test(f))
		.map((f) => f.replace(/\.mdx?$/, ''));
}
const translated = (dir: string, slug: string) => ['md', 'mdx'].some((ext) => existsSync(join(DOCS, 'es', dir, `${slug}.${ext}`)));

describe('section index pages', () => {
	for (const dir of ['protocols', 'coverage', 'guides', 'handouts', 'screening-tools'])
		for (const locale of ['', 'es'])
			it(`/${locale ? `${locale}/` : ''}${dir}/ lists every page of the section`, async () => {
				const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
				const prefix = locale ? `/${locale}` : '';
				await page.goto(`${base}${prefix}/${dir}/`);
				const items = page.locator('[data-section-pages] li');
				const listed = await items.evaluateAll((lis) =>
					lis.map((li) => ({
						href: li.querySelector('a')?.getAttribute('href'),
						summary: li.querySelectorAll('p')[0]?.textContent ?? '',
						status: li.querySelectorAll('p')[1]?.textContent ?? '',
						english: li.querySelector('.kb-badge') !== null,
					})),
				);
				const slugs = filesOf(dir);
				expect(listed.map((l) => l.href).sort()).toEqual(slugs.map((s) => `${prefix}/${dir}/${s}/`).sort());
				for (const l of listed) {
					expect(l.summary.length, l.href!).toBeGreaterThan(20);
					expect(l.status).toMatch(locale ? /revisión clínica|Revisado/ : /clinical review|Clinically reviewed/);
					if (locale) expect(l.english, l.href!).toBe(!translated(dir, l.href!.split('/').at(-2)!));
				}
				// On a phone the list starts on the first screens, not behind the menu.
				expect(await items.count()).toBeGreaterThan(0);
				await page.close();
			});
});
