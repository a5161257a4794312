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
import { addToLexicon, serializeLexicon } from '../lib/search-words.ts';

/** Metadata Pagefind searches that holds words (the rest are codes). */
const WORD_META = ['title', 'summary', 'keywords'];
/** Pagefind's compressed files start with this signature after decompression. */
const SIGNATURE = 'pagefind_dcd';

/** Each indexed page's language and text, one at a time (a large site's text need not sit in memory at once). */
export function* pagefindTexts(dist: string): Generator<{ lang: string; text: string }> {
	const dir = join(dist, 'pagefind', 'fragment');
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.pf_fragment'))) {
		const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
		const fragment = JSON.parse(raw.startsWith(SIGNATURE) ? raw.slice(SIGNATURE.length) : raw) as {
			content: string;
			meta: Record<string, string>;
		};
		yield { lang: file.split('_')[0]!, text: [fragment.content, ...WORD_META.map((k) => fragment.meta[k] ?? '')].join(' ') };
	}
}

export default function searchLexicon(): AstroIntegration {
	return {
		name: 'kb:search-lexicon',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const out = join(dist, 'search-data');
				mkdirSync(out, { recursive: true });
				const lexicons = new Map<string, { lexicon: Map<string, number>; pages: number }>();
				for (const { lang, text } of pagefindTexts(dist)) {
					const entry = lexicons.get(lang) ?? { lexicon: new Map<string, number>(), pages: 0 };
					lexicons.set(lang, entry);
					addToLexicon(entry.lexicon, text);
					entry.pages++;
				}
				for (const [lang, { lexicon, pages }] of lexicons) {
					writeFileSync(join(out, `words-${lang}.txt`), serializeLexicon(lexicon));
					logger.info(`${lang}: ${lexicon.size} words from ${pages} indexed pages.`);
				}
			},
		},
	};
}
