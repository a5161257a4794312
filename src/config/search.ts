/**
 * Search ranking, shared by Starlight's search modal and the /search/ page: titles, summaries and keywords
 * (synonyms, abbreviations, a state's name and code) outweigh body text. Tuned against tests/browser/search.test.ts.
 */
export const SEARCH_RANKING = { metaWeights: { title: 10, summary: 4, keywords: 10 } } as const;
