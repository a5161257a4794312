/** `npm run report:links`: list every external link in the built site and the pages that use it (not fetched). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtHtmlPaths } from '../src/quality/built-pages.ts';
import { checkLinks } from '../src/quality/links.ts';

const dist = resolve('dist');
const pages = builtHtmlPaths(dist);
const { external, problems } = checkLinks(dist, pages);
const rows = [...external.entries()].sort(([a], [b]) => a.localeCompare(b));
const md = [
	'# External links',
	'',
	`${rows.length} external links in ${pages.length} built pages. They are listed for a periodic manual or scheduled check; CI never fetches them.`,
	'',
	'| URL | Linked from |',
	'| --- | --- |',
	...rows.map(([url, from]) => `| ${url} | ${from.slice(0, 5).join(', ')}${from.length > 5 ? `, and ${from.length - 5} more` : ''} |`),
	'',
].join('\n');
mkdirSync('reports', { recursive: true });
writeFileSync('reports/external-links.md', md);
writeFileSync('reports/external-links.json', `${JSON.stringify(Object.fromEntries(rows), null, 2)}\n`);
console.log(`reports/external-links.md: ${rows.length} external links. Internal problems: ${problems.length}.`);
