/**
 * Readability of patient handouts: Flesch-Kincaid grade for English, Fernández-Huerta ease for Spanish.
 * English uses wooorm's `syllable` and `flesch-kincaid`; no maintained package does Fernández-Huerta or Spanish
 * syllables (`fernandez-huerta` is not on npm), so those are here. Scores are estimates, good for comparing drafts.
 */
import { fleschKincaid as fleschKincaidGrade } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Prose sentences of a Markdown/MDX body: no frontmatter, imports, components, headings, code or link targets. */
export function proseOf(body: string): string {
	return body
		.replace(/^---[\s\S]*?\n---\n/, '')
		.replace(/^import .*$/gm, '')
		.replace(/```[\s\S]*?```/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/^#{1,6} .*$/gm, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`>|]/g, ' ')
		.replace(/^\s*([-+]|\d+\.)\s+(.*?)\s*$/gm, (_, __, item: string) => (/[.!?:]$/.test(item) ? item : `${item}.`))
		.replace(/\s+/g, ' ')
		.trim();
}

export function words(text: string): string[] {
	return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

export function sentenceCount(text: string): number {
	return Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
}

/** English syllables, from `syllable` (wooorm's counter, with its exception lists). */
export function englishSyllables(word: string): number {
	return Math.max(1, syllable(word));
}

/** Spanish syllables: vowel nuclei, where a weak vowel (i, u, ü) next to another vowel forms a diphthong unless accented. */
export function spanishSyllables(word: string): number {
	const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
	const strong = 'aeoáéó';
	const weakAccented = 'íú';
	let count = 0;
	let previousVowel = '';
	for (const ch of w) {
		const isVowel = 'aeiouáéíóúü'.includes(ch);
		if (!isVowel) {
			previousVowel = '';
			continue;
		}
		// Two strong vowels, or an accented weak vowel, start a new syllable (hiatus); otherwise a diphthong.
		if (
			!previousVowel ||
			(strong.includes(ch) && strong.includes(previousVowel)) ||
			weakAccented.includes(ch) ||
			weakAccented.includes(previousVowel)
		)
			count++;
		previousVowel = ch;
	}
	return Math.max(1, count);
}

export interface ReadabilityScore {
	words: number;
	sentences: number;
	syllables: number;
	/** Flesch-Kincaid grade (English) or the US grade the Fernández-Huerta band corresponds to (Spanish). */
	grade: number;
	/** Fernández-Huerta reading ease (Spanish only; higher is easier). */
	ease?: number;
}

export function fleschKincaid(text: string): ReadabilityScore {
	const w = words(text);
	const s = sentenceCount(text);
	const syllables = w.reduce((n, word) => n + englishSyllables(word), 0);
	const grade = fleschKincaidGrade({ sentence: s, word: w.length, syllable: syllables });
	return { words: w.length, sentences: s, syllables, grade: Math.round(grade * 10) / 10 };
}

/**
 * Fernández-Huerta (1959), Flesch's formula adapted to Spanish: 206.84 − 0.60 × syllables per 100 words
 * − 1.02 × words per sentence. (It is often misquoted with "sentences per 100 words", which would make
 * shorter sentences read as harder; Flesch's original term, which it adapts, is average sentence length.)
 */
export function fernandezHuerta(text: string): ReadabilityScore {
	const w = words(text);
	const s = sentenceCount(text);
	const syllables = w.reduce((n, word) => n + spanishSyllables(word), 0);
	const ease = 206.84 - 0.6 * ((syllables / w.length) * 100) - 1.02 * (w.length / s);
	return { words: w.length, sentences: s, syllables, ease: Math.round(ease * 10) / 10, grade: easeToGrade(ease) };
}

/** The school grade a Fernández-Huerta score band corresponds to (90+ 4th, 80+ 5th, 70+ 6th, 60+ 8th, 50+ 10th, 30+ 12th). */
export function easeToGrade(ease: number): number {
	if (ease >= 90) return 4;
	if (ease >= 80) return 5;
	if (ease >= 70) return 6;
	if (ease >= 60) return 8;
	if (ease >= 50) return 10;
	if (ease >= 30) return 12;
	return 16;
}

export function readability(body: string, lang: 'en' | 'es'): ReadabilityScore {
	const text = proseOf(body);
	return lang === 'es' ? fernandezHuerta(text) : fleschKincaid(text);
}
