/**
 * /search-data/<lang>.json: what search needs besides Pagefind's index, fetched when search is first used, so no
 * page carries it: the vocabulary, labels for the filter codes, the form's choices and the interface strings.
 */

import { getCollection, getEntry } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { SEARCH_RANKING } from '../../config/search.ts';
import { pageHref } from '../../lib/locales.ts';
import { filterLabels } from '../../lib/search-labels.ts';
import type { VocabularyEntry } from '../../lib/search-plan.ts';
import { SECTIONS } from '../../lib/sections.ts';
import { stateGuides } from '../../lib/state-guides.ts';
import { JURISDICTIONS, PAGE_KINDS, TOPICS } from '../../schemas/vocabulary.ts';

export const getStaticPaths = (() => [{ params: { lang: 'en' } }, { params: { lang: 'es' } }]) satisfies GetStaticPaths;

/** Sections offered when a search finds nothing. */
const BROWSE = ['protocols', 'coverage', 'states', 'screening-tools', 'guides', 'handouts', 'glossary'];

export const GET: APIRoute = async ({ params }) => {
	const lang = params.lang === 'es' ? 'es' : 'en';
	const locale = lang === 'es' ? 'es' : undefined;
	const labels = filterLabels(lang);
	const ui = ((await getEntry('i18n', lang))?.data ?? {}) as Record<string, string>;
	const strings = Object.fromEntries(
		Object.entries(ui)
			.filter(([key]) => key.startsWith('kb.search.'))
			.map(([k, v]) => [k.slice(10), v]),
	);
	const vocabulary: VocabularyEntry[] = (await getCollection('searchVocabulary')).map(({ data }) => ({
		id: data.id,
		en: data.en,
		es: data.es,
		means: data.means,
		state: data.state,
		site: data.site,
	}));
	const byName = (a: string, b: string) => labels.state[a]!.localeCompare(labels.state[b]!);
	const body = {
		lang,
		ranking: SEARCH_RANKING,
		labels,
		strings,
		vocabulary,
		states: Object.fromEntries(Object.entries(JURISDICTIONS).map(([code, j]) => [code, j.name])),
		stateOptions: (await stateGuides()).map((g) => g.data.jurisdiction).sort(byName),
		kinds: Object.keys(PAGE_KINDS).filter((k) => k !== 'page'),
		topics: Object.keys(TOPICS)
			.filter((k) => k !== 'about-site')
			.sort((a, b) => labels.topic[a]!.localeCompare(labels.topic[b]!)),
		browse: SECTIONS.filter((s) => BROWSE.includes(s.dir)).map((s) => ({
			href: pageHref(s.dir, locale),
			label: lang === 'es' ? s.es : s.label,
		})),
		searchPage: { en: pageHref('search'), es: pageHref('search', 'es') },
	};
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
