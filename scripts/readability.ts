/**
 * `npm run readability`: score every patient handout (Flesch-Kincaid grade in English, Fernández-Huerta in
 * Spanish), write reports/readability.md and .json, and fail when a handout reads above its `maxGrade`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { splitLocale } from '../src/lib/locales.ts';
import { CONTENT_ROOT } from '../src/lib/paths.ts';
import { readability } from '../src/quality/readability.ts';
import type { HandoutData } from '../src/schemas/handout.ts';
import type { ValidPage } from '../src/validation/cross-references.ts';
import { validateContent } from '../src/validation/validate-content.ts';

const { pages } = validateContent(CONTENT_ROOT);
const rows = pages
	.filter((p): p is ValidPage & { data: HandoutData } => p.data.type === 'handout')
	.map((p) => {
		const lang = splitLocale(p.id)[0] === 'es' ? 'es' : 'en';
		const score = readability(p.body, lang);
		const { maxGrade } = p.data;
		return { page: p.id, lang, ...score, maxGrade, ok: score.grade <= maxGrade };
	})
	.sort((a, b) => a.page.localeCompare(b.page));

const md = [
	'# Readability of patient handouts',
	'',
	'English: Flesch-Kincaid grade. Spanish: Fernández-Huerta reading ease (higher is easier) and the grade its band corresponds to.',
	'',
	'| Handout | Language | Words | Sentences | Score | Grade | Limit | |',
	'| --- | --- | --- | --- | --- | --- | --- | --- |',
	...rows.map(
		(r) =>
			`| ${r.page} | ${r.lang} | ${r.words} | ${r.sentences} | ${r.lang === 'es' ? `FH ${r.ease}` : `FK ${r.grade}`} | ${r.grade} | ${r.maxGrade} | ${r.ok ? 'ok' : 'TOO HARD'} |`,
	),
	'',
].join('\n');
mkdirSync('reports', { recursive: true });
writeFileSync('reports/readability.md', md);
writeFileSync('reports/readability.json', `${JSON.stringify(rows, null, 2)}\n`);
console.log(md);
if (rows.some((r) => !r.ok)) process.exit(1);
