/**
 * What a typed search means, before anything is searched: which groups of words must match (each group is one
 * idea, searched through all its synonyms), which state was named, which words no page uses and which were
 * misspellings of indexed words, and whether the search asks for the pages about the site. Pure.
 */
import { isKnown, type Lexicon, suggestWord, words } from './search-words.ts';

/** One entry of content/data/search-vocabulary.yaml, as the browser receives it. */
export interface VocabularyEntry {
	id: string;
	en: string[];
	es: string[];
	means: string[];
	state?: string;
	site: boolean;
}

export interface TermGroup {
	/** What the reader typed for this idea. */
	typed: string;
	/** Searches, any of which matches the idea (each a Pagefind query: words that must all match). */
	alternatives: string[];
	/** How much each alternative's matches count: the words typed fully, synonyms less, so the typed words rank first. */
	weights: number[];
	/** Adds to a page's score when matched, without being required (a named state). */
	optional: boolean;
	/** Words that ask for the pages about the site: those pages count fully for them. */
	site: boolean;
}

export interface QueryPlan {
	groups: TermGroup[];
	/** USPS code of a state named in the words ("texas", "TX", "Medi-Cal"). */
	state?: string;
	/** The words ask for pages about the site (contributing, corrections, privacy). */
	site: boolean;
	/** Typed words no page uses, left out. */
	unknown: string[];
	/** Misspellings searched as the indexed word they most likely meant. */
	corrected: { typed: string; searched: string }[];
	/** Words of the other language's vocabulary were used (offer the other language's search). */
	otherLanguage: boolean;
}

export interface PlanContext {
	vocabulary: readonly VocabularyEntry[];
	/** State names by USPS code. */
	states: Readonly<Record<string, string>>;
	lexicon: Lexicon;
	lang: string;
}

const STOPWORDS: Record<string, ReadonlySet<string>> = {
	en: new Set(
		'a an the of for to in on at and or with about is are be my our your i we you how what when where which who do does can should from by this that these it its as into after before patient patients'.split(
			' ',
		),
	),
	es: new Set(
		'a el la los las un una unos unas de del al y o u en para por con sin que como se su sus es son mi me le lo cual cuando donde quien paciente pacientes'.split(
			' ',
		),
	),
};

/** Age phrases: "16 year old", "16-year-old", "16yo", "16 y/o", "16 años". */
const AGE_UNIT = /^(years?|yrs?|yo|y|anos?)$/;

function ageGroup(age: number): string {
	if (age < 13) return 'child';
	if (age < 18) return 'adolescent';
	return 'adult';
}

interface Phrase {
	tokens: string[];
	entry?: VocabularyEntry;
	/** Language of the vocabulary list the phrase came from. */
	lang?: string;
	state?: string;
}

function phrasesOf(context: PlanContext): Map<string, Phrase[]> {
	const byFirst = new Map<string, Phrase[]>();
	const add = (phrase: Phrase) => {
		if (phrase.tokens.length === 0) return;
		const list = byFirst.get(phrase.tokens[0]!) ?? [];
		list.push(phrase);
		byFirst.set(phrase.tokens[0]!, list);
	};
	for (const entry of context.vocabulary) {
		for (const term of entry.en) add({ tokens: words(term), entry, lang: 'en' });
		for (const term of entry.es) add({ tokens: words(term), entry, lang: 'es' });
	}
	for (const [code, name] of Object.entries(context.states)) add({ tokens: words(name), state: code });
	for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
	return byFirst;
}

/** Words every part of which some page uses; one- and two-letter words dropped when there are longer ones. */
function searchable(alternative: string, lexicon: Lexicon): string | undefined {
	let parts = words(alternative);
	if (parts.length > 1) parts = parts.filter((w) => w.length > 2 || /\d/.test(w));
	if (parts.length === 0 || !parts.every((w) => isKnown(w, lexicon))) return undefined;
	// A short single word is searched exactly (quoted): Pagefind would otherwise match every word starting with it.
	return parts.length === 1 && parts[0]!.length <= 3 ? `"${parts[0]}"` : parts.join(' ');
}

/** A synonym's matches count this much of the typed words' (translations and an abbreviation's expansions count fully). */
const SYNONYM_WEIGHT = 0.7;

interface Alternative {
	text: string;
	/** A translation of the typed words (pages shown in the other language are found through it). */
	translation?: boolean;
}

function groupOf(
	typed: string,
	alternatives: Alternative[],
	lexicon: Lexicon,
	flags: Partial<Pick<TermGroup, 'optional' | 'site'>> = {},
): TermGroup | undefined {
	const abbreviation = typed.replace(/\s/g, '').length <= 4;
	const weights = new Map<string, number>();
	for (const { text, translation } of [{ text: typed, translation: true }, ...alternatives]) {
		const search = searchable(text, lexicon);
		if (search) weights.set(search, Math.max(weights.get(search) ?? 0, text === typed || translation || abbreviation ? 1 : SYNONYM_WEIGHT));
	}
	if (weights.size === 0) return undefined;
	return {
		typed,
		alternatives: [...weights.keys()],
		weights: [...weights.values()],
		optional: flags.optional ?? false,
		site: flags.site ?? false,
	};
}

export function planQuery(query: string, context: PlanContext): QueryPlan {
	const plan: QueryPlan = { groups: [], site: false, unknown: [], corrected: [], otherLanguage: false };
	const lang = context.lang.startsWith('es') ? 'es' : 'en';
	const stopwords = STOPWORDS[lang]!;
	const phrases = phrasesOf(context);
	const entryById = new Map(context.vocabulary.map((e) => [e.id, e]));

	const tokens: string[] = [];
	for (const token of query.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
		// A state's postal code counts only in capitals ("TX", not "in" or "or").
		if (/^[A-Z]{2}$/.test(token) && context.states[token]) plan.state ??= token;
		else tokens.push(...words(token));
	}

	const addEntry = (entry: VocabularyEntry, typed: string, phraseLang: string | undefined) => {
		if (entry.site) plan.site = true;
		if (phraseLang && phraseLang !== lang && !entry[lang].some((t) => words(t).join(' ') === typed)) plan.otherLanguage = true;
		if (entry.state) plan.state ??= entry.state;
		// A program name is searched through what it means (Pagefind would read "Medi-Cal" as "medical").
		const other = lang === 'en' ? 'es' : 'en';
		const alternatives: Alternative[] = entry.state
			? entry.means.map((text) => ({ text, translation: true }))
			: [
					...entry[lang].map((text) => ({ text })),
					...entry[other].map((text) => ({ text, translation: true })),
					...entry.means.map((text) => ({ text })),
				];
		const group = entry.state
			? groupOf(entry.means[0] ?? typed, alternatives, context.lexicon)
			: groupOf(typed, alternatives, context.lexicon, { site: entry.site });
		if (group) plan.groups.push(group);
		else plan.unknown.push(typed);
	};

	for (let i = 0; i < tokens.length; ) {
		const token = tokens[i]!;
		// Age: a number followed by a unit ("16 year old", "16yo", "16 años").
		const compact = /^(\d{1,2})(yo|y)$/.exec(token);
		if (compact || (/^\d{1,2}$/.test(token) && AGE_UNIT.test(tokens[i + 1] ?? ''))) {
			const age = Number(compact ? compact[1] : token);
			const entry = entryById.get(ageGroup(age));
			let next = i + (compact ? 1 : 2);
			if (tokens[next] === 'old' || tokens[next] === 'o') next++;
			if (entry) addEntry(entry, tokens.slice(i, next).join(' '), lang);
			i = next;
			continue;
		}
		const phrase = (phrases.get(token) ?? []).find((p) => p.tokens.every((t, j) => tokens[i + j] === t));
		if (phrase) {
			const typed = phrase.tokens.join(' ');
			if (phrase.state) {
				plan.state ??= phrase.state;
				const group = groupOf(typed, [], context.lexicon, { optional: true });
				if (group) plan.groups.push(group);
			} else if (phrase.entry) addEntry(phrase.entry, typed, phrase.lang);
			i += phrase.tokens.length;
			continue;
		}
		i++;
		if (stopwords.has(token) || (token.length <= 2 && !/\d/.test(token) && tokens.length > 1)) continue;
		// A word the index has, or the start of one, as typed; else a misspelling of an indexed word; else another
		// ending of an indexed word ("pregnancies"); else a word no page uses.
		const exact = context.lexicon.has(token) || [...context.lexicon.keys()].some((k) => k.startsWith(token) && token.length >= 3);
		const suggestion = exact ? undefined : suggestWord(token, context.lexicon);
		const direct = suggestion ? undefined : groupOf(token, [], context.lexicon);
		if (direct) {
			plan.groups.push(direct);
			continue;
		}
		if (suggestion) {
			plan.corrected.push({ typed: token, searched: suggestion });
			const entry = (phrases.get(suggestion) ?? []).find((p) => p.tokens.length === 1 && p.entry)?.entry;
			if (entry) addEntry(entry, suggestion, lang);
			else plan.groups.push({ typed: token, alternatives: [suggestion], weights: [1], optional: false, site: false });
		} else plan.unknown.push(token);
	}
	return plan;
}
