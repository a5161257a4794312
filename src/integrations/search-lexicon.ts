/**
 * After Pagefind has indexed the built site, write each language's lexicon (every word its index holds, with the
 * number of pages using it) to /search-data/words-<lang>.txt. Search reads it to leave out words no page uses and
 * to suggest the indexed word a misspelling meant. Read from Pagefind's own fragments, so it is exactly the text
 * Pagefind indexed (ignored parts left out), titles, summaries and keywords included.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { lexiconOf, serializeLexicon } from '../lib/search-words.ts';

/** Metadata Pagefind searches that holds words (the rest are codes). */
const WORD_META = ['title', 'summary', 'keywords'];
/** Pagefind's compressed files start with this signature after decompression. */
const SIGNATURE = 'pagefind_dcd';

export function pagefindTexts(dist: string): Map<string, string[]> {
	const dir = join(dist, 'pagefind', 'fragment');
	const byLang = new Map<string, string[]>();
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.pf_fragment'))) {
		const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
		const fragment = JSON.parse(raw.startsWith(SIGNATURE) ? raw.slice(SIGNATURE.length) : raw) as {
			content: string;
			meta: Record<string, string>;
		};
		const lang = file.split('_')[0]!;
		const texts = byLang.get(lang) ?? [];
		texts.push([fragment.content, ...WORD_META.map((k) => fragment.meta[k] ?? '')].join(' '));
		byLang.set(lang, texts);
	}
	return byLang;
}

export default function searchLexicon(): AstroIntegration {
	return {
		name: 'kb:search-lexicon',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const out = join(dist, 'search-data');
				mkdirSync(out, { recursive: true });
				for (const [lang, texts] of pagefindTexts(dist)) {
					const lexicon = lexiconOf(texts);
					writeFileSync(join(out, `words-${lang}.txt`), serializeLexicon(lexicon));
					logger.info(`${lang}: ${lexicon.size} words from ${texts.length} indexed pages.`);
				}
			},
		},
	};
}
