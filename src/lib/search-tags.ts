/**
 * What Pagefind learns about a page beyond its text: filter values (language-neutral codes) and metadata
 * (shown in results, and searched, so abbreviations and synonyms find the right page).
 */
import type { DocsFrontmatter } from '../schemas/docs.ts';
import { JURISDICTIONS, type ReviewStatus } from '../schemas/vocabulary.ts';

export type SearchFilters = Record<'kind' | 'state' | 'scope' | 'group' | 'topic' | 'audience' | 'population' | 'review', string[]>;

/** Pages about the site itself (home, about, privacy, contributing): kept out of results unless a search asks for them. */
export function isSitePage(data: DocsFrontmatter): boolean {
	return data.topics.includes('about-site');
}

/** `review` is the page's review status, worked out from its review records (src/lib/page-reviews.ts). */
export function searchFilters(data: DocsFrontmatter, review: ReviewStatus): SearchFilters {
	return {
		kind: [data.type],
		state: data.type === 'state-guide' ? [data.jurisdiction] : [],
		// Every page but a state guide applies in every state, so a state filter keeps it.
		scope: data.type === 'state-guide' ? [] : ['national'],
		group: isSitePage(data) ? ['site'] : [],
		topic: [...data.topics],
		audience: [...data.audience],
		population: data.type === 'protocol' || data.type === 'screening-tool' ? [...data.populations] : [],
		review: [review],
	};
}

/** Searchable words a page does not say in its text: its keywords, and for a state guide its name and code. */
export function searchKeywords(data: DocsFrontmatter): string {
	const words = [...data.keywords];
	if (data.type === 'state-guide') words.unshift(JURISDICTIONS[data.jurisdiction].name, data.jurisdiction);
	if (data.type === 'screening-tool') words.unshift(data.abbreviation, data.fullName);
	return words.join(', ');
}

/**
 * Head tags for Pagefind: one meta per filter value, plus metadata for results and ranking (named, as valid HTML
 * requires). `review` is the page's review status; `shownInEnglish` marks an untranslated page indexed for Spanish search.
 */
export function searchHeadTags(data: DocsFrontmatter, review: ReviewStatus, shownInEnglish = false) {
	const tags: { tag: 'meta'; attrs: Record<string, string> }[] = [];
	for (const [key, values] of Object.entries(searchFilters(data, review)))
		for (const value of values)
			tags.push({ tag: 'meta', attrs: { name: `pagefind-filter-${key}`, 'data-pagefind-filter': `${key}[content]`, content: value } });
	const meta: Record<string, string> = { kind: data.type, review, summary: data.description };
	if (data.type === 'state-guide') meta.state = data.jurisdiction;
	if (shownInEnglish) meta.language = 'en';
	const keywords = searchKeywords(data);
	if (keywords) meta.keywords = keywords;
	for (const [key, value] of Object.entries(meta))
		tags.push({ tag: 'meta', attrs: { name: `pagefind-meta-${key}`, 'data-pagefind-meta': `${key}[content]`, content: value } });
	return tags;
}
