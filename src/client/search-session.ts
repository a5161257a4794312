/**
 * Everything search needs in the browser, loaded once per page and only when search is first used: Pagefind, the
 * index's lexicon and /search-data/<lang>.json. The modal and the /search/ page both search through this.
 */
import { createSearch, type PagefindLike, type SearchOutcome, type SearchRequest } from '../lib/search-engine.ts';
import type { VocabularyEntry } from '../lib/search-plan.ts';
import { parseLexicon } from '../lib/search-words.ts';

export interface SearchData {
	lang: 'en' | 'es';
	ranking: Record<string, unknown>;
	labels: Record<'kind' | 'state' | 'topic' | 'review', Record<string, string>>;
	strings: Record<string, string>;
	vocabulary: VocabularyEntry[];
	states: Record<string, string>;
	stateOptions: string[];
	kinds: string[];
	topics: string[];
	browse: { href: string; label: string }[];
	searchPage: { en: string; es: string };
}

export interface SearchSession {
	data: SearchData;
	search: (request: SearchRequest) => Promise<SearchOutcome>;
}

const sessions = new Map<string, Promise<SearchSession>>();

async function fetchOk(url: string): Promise<Response> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return response;
}

async function open(lang: 'en' | 'es'): Promise<SearchSession> {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const bundle = `${base}/pagefind/pagefind.js`;
	const [pagefind, data, words] = await Promise.all([
		import(/* @vite-ignore */ bundle) as Promise<PagefindLike & { options: (o: Record<string, unknown>) => Promise<void> }>,
		fetchOk(`${base}/search-data/${lang}.json`).then((r) => r.json() as Promise<SearchData>),
		fetchOk(`${base}/search-data/words-${lang}.txt`).then((r) => r.text()),
	]);
	await pagefind.options({ ranking: data.ranking, excerptLength: 24 });
	const search = createSearch(pagefind, { vocabulary: data.vocabulary, states: data.states, lexicon: parseLexicon(words), lang });
	return { data, search };
}

/** The search session for the page's language (its `<html lang>`, which also picks Pagefind's index). */
export function searchSession(): Promise<SearchSession> {
	const lang = document.documentElement.lang.startsWith('es') ? 'es' : 'en';
	let session = sessions.get(lang);
	if (!session) {
		session = open(lang);
		sessions.set(lang, session);
	}
	return session;
}
