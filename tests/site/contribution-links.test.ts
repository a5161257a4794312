/** Every page has "Edit this page" (its own file on the repository) and "Suggest a correction" (the form, naming the page). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/config/site.ts';
import { builtPages, readPage } from '../support/dist.ts';

const ROOT = join(import.meta.dirname, '../..');
const decode = (s: string) => s.replaceAll('&amp;', '&');

describe('contribution links', () => {
	it('are on every page, pointing at the page itself', () => {
		expect(SITE.repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
		const problems: string[] = [];
		for (const path of builtPages().filter((p) => p.endsWith('/'))) {
			const html = readPage(path);
			const edit = /<a href="([^"]+)"[^>]*data-edit-page/.exec(html)?.[1];
			const correction = /<a href="([^"]+)"[^>]*data-suggest-correction/.exec(html)?.[1];
			if (!edit) problems.push(`${path}: no "Edit this page" link`);
			else {
				const prefix = `https://github.com/${SITE.repository}/edit/main/`;
				const file = decode(edit).slice(prefix.length);
				if (!decode(edit).startsWith(prefix) || !existsSync(join(ROOT, file))) problems.push(`${path}: edit link to ${edit}`);
			}
			if (!correction) problems.push(`${path}: no "Suggest a correction" link`);
			else {
				const url = new URL(decode(correction));
				if (url.pathname !== `/${SITE.repository}/issues/new`) problems.push(`${path}: correction link to ${url.pathname}`);
				if (url.searchParams.get('template') !== 'content-correction.yml') problems.push(`${path}: correction form not named`);
				if (url.searchParams.get('page') !== path) problems.push(`${path}: correction form names ${url.searchParams.get('page')}`);
				const title = /<title>([^<|]+)/.exec(html)?.[1]?.trim() ?? '';
				if (!url.searchParams.get('title')?.includes(decode(title).replaceAll('&#39;', "'")))
					problems.push(`${path}: title ${url.searchParams.get('title')} vs ${title}`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('use the form the repository really has, with a "page" field', () => {
		const form = join(ROOT, '.github/ISSUE_TEMPLATE/content-correction.yml');
		expect(existsSync(form)).toBe(true);
		expect(readFileSync(form, 'utf8')).toMatch(/id: page\b/);
	});

	it('the contribute page links the repository, says who reviews and how long it takes', () => {
		const html = readPage('/contribute/');
		expect(html).toContain(`href="https://github.com/${SITE.repository}"`);
		expect(html).toContain(`href="https://github.com/${SITE.repository}/security/advisories/new"`);
		expect(html).toMatch(/id="who-reviews-and-how-long-it-takes"/);
		expect(html).toContain(`within ${SITE.replyDays.correction} days`);
	});
});
