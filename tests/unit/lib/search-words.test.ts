/** Which typed words some page uses, and which indexed word a misspelling meant. */
import { describe, expect, it } from 'vitest';
import { isKnown, lexiconOf, parseLexicon, serializeLexicon, suggestWord, words } from '../../../src/lib/search-words.ts';

const lexicon = lexiconOf([
	'Human trafficking survivors in the emergency department: do not separate a pregnancy from care.',
	'Trafficking and the emergence of emergency Medicaid. Tattoos may be a sign.',
]);

describe('search words', () => {
	it('splits on anything but letters and digits, lower-cased, accents removed as Pagefind matches them', () => {
		expect(words('T-visa, Intérprete (ED) 16-year-old')).toEqual(['t', 'visa', 'interprete', 'ed', '16', 'year', 'old']);
	});

	it('counts each word once per page and reads back what it writes', () => {
		expect(lexicon.get('trafficking')).toBe(2);
		expect(lexicon.get('department')).toBe(1);
		expect(parseLexicon(serializeLexicon(lexicon))).toEqual(lexicon);
	});

	it('knows a word, the start of a word being typed, and another ending of a word', () => {
		expect(isKnown('trafficking', lexicon)).toBe(true);
		expect(isKnown('traff', lexicon)).toBe(true);
		expect(isKnown('pregnancies', lexicon)).toBe(true);
	});

	it('does not take a word for the short indexed word it starts with', () => {
		expect(isKnown('doxycycline', lexicon)).toBe(false); // "do" is indexed
		expect(isKnown('dox', lexicon)).toBe(false);
		expect(isKnown('t', lexicon)).toBe(false);
	});

	it('suggests the indexed word a misspelling meant, keeping its first letter', () => {
		expect(suggestWord('trafiking', lexicon)).toBe('trafficking');
		expect(suggestWord('emergncy', lexicon)).toBe('emergency');
		expect(suggestWord('pregnancie', lexicon)).toBe('pregnancy');
	});

	it('suggests nothing for a word the site does not use, rather than some other word', () => {
		expect(suggestWord('doxycycline', lexicon)).toBeUndefined();
		expect(suggestWord('tatoo', lexicon)).toBeUndefined(); // "tattoos" is two edits from a five-letter word
		expect(suggestWord('rafficking', lexicon)).toBeUndefined(); // another first letter
	});
});
