/**
 * Words as search sees them, and the index's own list of words (the lexicon): which typed words some page uses,
 * and which word a misspelling was meant to be. Pure, so the build, the browser and the tests agree.
 */
import { distance } from 'fastest-levenshtein';

/** Lower case, accents removed (as Pagefind matches them), anything but letters and digits a word break. */
export function words(text: string): string[] {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/** Words in the index with the number of pages using each. */
export type Lexicon = ReadonlyMap<string, number>;

/** The lexicon of a set of indexed pages: each page's text counted once per word. */
export function lexiconOf(pages: Iterable<string>): Map<string, number> {
	const lexicon = new Map<string, number>();
	for (const text of pages) addToLexicon(lexicon, text);
	return lexicon;
}

/** Count one page's words into a lexicon. */
export function addToLexicon(lexicon: Map<string, number>, text: string): void {
	for (const word of new Set(words(text))) {
		const count = lexicon.get(word);
		// A split-off word shares its page's text in V8; a joined copy lets the page go once it is counted.
		if (count === undefined) lexicon.set([...word].join(''), 1);
		else lexicon.set(word, count + 1);
	}
}

/** One line per word, "word pages", sorted: small, and easy to read back. */
export function serializeLexicon(lexicon: Lexicon): string {
	return `${[...lexicon]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([word, count]) => `${word} ${count}`)
		.join('\n')}\n`;
}

export function parseLexicon(text: string): Map<string, number> {
	const lexicon = new Map<string, number>();
	for (const line of text.split('\n')) {
		const [word, count] = line.split(' ');
		if (word) lexicon.set(word, Number(count) || 1);
	}
	return lexicon;
}

function commonPrefix(a: string, b: string): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}

/** Is `known` the typed word, the word it begins, or the same word with another ending (at most 3 letters differ)? */
export function sameWord(typed: string, known: string): boolean {
	const shared = commonPrefix(typed, known);
	return (shared === typed.length && typed.length >= 3) || (shared >= 4 && shared >= Math.max(typed.length, known.length) - 3);
}

/**
 * Does some page use this word, or a form of it (a plural, an ending typed differently, the first letters of a
 * longer word as someone types)? A word no page uses is never sent to Pagefind, whose fallback would otherwise match
 * the longest indexed word the typed one starts with ("doxycycline" found every page saying "do").
 * Words of one or two letters must be in the index as they are.
 */
export function isKnown(word: string, lexicon: Lexicon): boolean {
	if (lexicon.has(word)) return true;
	if (word.length < 3) return false;
	for (const known of lexicon.keys()) if (sameWord(word, known)) return true;
	return false;
}

/**
 * The indexed word a misspelling most likely meant: same first letter, one edit away (two for words of nine letters
 * or more); the closest, then the most used. Undefined when nothing is that close, so a word the site does not use
 * ("doxycycline", "branding") finds nothing rather than something else ("trading").
 */
export function suggestWord(word: string, lexicon: Lexicon): string | undefined {
	if (word.length < 5 || /\d/.test(word)) return undefined;
	const limit = word.length >= 9 ? 2 : 1;
	let best: { word: string; d: number; count: number } | undefined;
	for (const [known, count] of lexicon) {
		if (known[0] !== word[0] || known.length < 4 || Math.abs(known.length - word.length) > limit) continue;
		const d = distance(word, known);
		if (d > limit) continue;
		if (!best || d < best.d || (d === best.d && count > best.count)) best = { word: known, d, count };
	}
	return best?.word;
}
