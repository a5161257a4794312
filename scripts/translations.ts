/**
 * `npm run translations`: list English pages with their current source hash and the Spanish translation status
 * (translated, out of date, missing). Copy a page's hash into a translation's `translation.sourceHash`.
 *   npm run translations              all pages
 *   npm run translations -- guides/x  one page
 */
import { join } from 'node:path';
import { CONTENT_ROOT } from '../src/lib/paths.ts';
import { spanishStatus } from '../src/lib/translation-status.ts';
import { validateContent } from '../src/validation/validate-content.ts';

const filter = process.argv[2];
const { pages } = validateContent(CONTENT_ROOT);
const rows = spanishStatus(
	pages.map((p) => ({ id: p.id, title: p.data.title, file: join(CONTENT_ROOT, 'docs', p.relPath), translation: p.data.translation })),
).filter((r) => !filter || r.id === filter);
const label = { current: 'translated', outdated: 'OUT OF DATE', missing: 'missing' };
for (const row of rows) console.log(`${row.hash}  ${label[row.state].padEnd(11)}  ${row.id}`);
if (!filter) {
	const count = (s: string) => rows.filter((r) => r.state === s).length;
	console.log(
		`\n${rows.length} English pages: ${count('current')} translated, ${count('outdated')} out of date, ${count('missing')} not translated.`,
	);
}
