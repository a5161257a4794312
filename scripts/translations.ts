/**
 * `npm run translations`: list English pages with their current source hash and the Spanish translation status
 * (translated, out of date, missing). Copy a page's hash into a translation's `translation.sourceHash`.
 *   npm run translations              all pages
 *   npm run translations -- guides/x  one page
 */
import { join } from 'node:path';
import { splitLocale } from '../src/lib/locales.ts';
import { CONTENT_ROOT } from '../src/lib/paths.ts';
import { fileHash, translationRows } from '../src/lib/translation-status.ts';
import { validateContent } from '../src/validation/validate-content.ts';

const filter = process.argv[2];
const { pages } = validateContent(CONTENT_ROOT);
const english = pages.filter((p) => !splitLocale(p.id)[0]).map((p) => ({ id: p.id, title: p.data.title, hash: fileHash(join(CONTENT_ROOT, 'docs', p.relPath)) }));
const spanish = pages.filter((p) => splitLocale(p.id)[0] === 'es' && p.data.translation).map((p) => p.data.translation!);
const hashes = new Map(english.map((p) => [p.id, p.hash]));
const rows = translationRows(english, spanish).filter((r) => !filter || r.id === filter);
const label = { current: 'translated', outdated: 'OUT OF DATE', missing: 'missing' };
for (const row of rows) console.log(`${hashes.get(row.id)}  ${label[row.state].padEnd(11)}  ${row.id}`);
if (!filter) {
	const count = (s: string) => rows.filter((r) => r.state === s).length;
	console.log(`\n${rows.length} English pages: ${count('current')} translated, ${count('outdated')} out of date, ${count('missing')} not translated.`);
}
