/**
 * Every link in the built site: internal links and their #anchors must resolve to a built file and an element
 * id; external links are collected for a report (never fetched during the build or the tests).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface LinkProblem {
	page: string;
	href: string;
	reason: string;
}

export interface LinkReport {
	problems: LinkProblem[];
	/** External URL → pages that link to it. */
	external: Map<string, string[]>;
	checked: number;
}

/** The file a site path is served from, or undefined. */
function fileFor(dist: string, pathname: string): string | undefined {
	const path = join(dist, decodeURIComponent(pathname));
	if (pathname.endsWith('/')) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
	if (existsSync(path) && statSync(path).isFile()) return path;
	return existsSync(`${path}.html`) ? `${path}.html` : undefined;
}

const decode = (value: string) =>
	value
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>');
/** Attribute scans over Astro's own output (quoted attributes), far cheaper than parsing a DOM per page. */
const ID = /\sid="([^"]*)"/g;
/** A copy that does not keep the page it was matched from alive (see checkLinks). */
const detach = (value: string) => Buffer.from(value).toString();
const LINK = /<a\s[^>]*?href="([^"]*)"/g;

export function checkLinks(dist: string, pages: readonly string[]): LinkReport {
	const problems: LinkProblem[] = [];
	const external = new Map<string, string[]>();
	// Target file → anchors wanted there, with the links that want them. Strings matched out of a page stay tied
	// to that page's whole text in V8, so nothing kept past its page is a raw match: anchors come from URL
	// parsing, external addresses are copied. Keeping matches held every page of the site in memory at once.
	const wanted = new Map<string, Map<string, { page: string; href: string }[]>>();
	let checked = 0;
	for (const page of pages) {
		const pageFile = fileFor(dist, page)!;
		for (const match of readFileSync(pageFile, 'utf8').matchAll(LINK)) {
			const href = decode(match[1]!);
			if (/^(mailto|tel|sms):/.test(href)) continue;
			if (/^https?:\/\//.test(href)) {
				const list = external.get(href);
				if (!list) external.set(detach(href), [page]);
				else if (!list.includes(page)) list.push(page);
				continue;
			}
			checked++;
			const url = new URL(href, `http://site${page}`);
			const file = fileFor(dist, url.pathname);
			if (!file) {
				problems.push({ page, href, reason: 'no such page' });
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			if (!anchor || !file.endsWith('.html')) continue;
			const anchors = wanted.get(file) ?? new Map<string, { page: string; href: string }[]>();
			wanted.set(file, anchors);
			const from = anchors.get(anchor) ?? [];
			anchors.set(anchor, from);
			from.push({ page, href: detach(href) });
		}
	}
	for (const [file, anchors] of wanted) {
		const ids = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decode(m[1]!)));
		for (const [anchor, from] of anchors)
			if (!ids.has(anchor)) for (const link of from) problems.push({ ...link, reason: `no element with id "${anchor}"` });
	}
	return { problems, external, checked };
}
