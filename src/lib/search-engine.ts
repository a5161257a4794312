/**
 * One search, run the same way by the search modal, the /search/ page and the tests: each idea of the plan
 * (src/lib/search-plan.ts) searched through its synonyms with Pagefind, pages that match every idea first;
 * when none does, the pages that match most of them, said so. A state keeps the pages that apply in every state
 * and puts its own guide first; pages about the site come only when asked for, after the others.
 */
import type { PlanContext, QueryPlan } from './search-plan.ts';
import { planQuery } from './search-plan.ts';

export interface PagefindPage {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}
export interface PagefindHit {
	id: string;
	score: number;
	data: () => Promise<PagefindPage>;
}
/** The part of Pagefind's JS API the engine uses (a fake in unit tests). */
export interface PagefindLike {
	search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindHit[] } | null>;
}

export interface SearchRequest {
	q: string;
	/** USPS code chosen in the form, or ''. */
	state: string;
	kind: readonly string[];
	topic: readonly string[];
}

export type Match = 'empty' | 'all' | 'partial' | 'none';

export interface SearchOutcome {
	plan: QueryPlan;
	match: Match;
	hits: PagefindHit[];
	/** The state the results are for (chosen, or named in the words). */
	state?: string;
}

/** A page about the site scores this much for words that do not ask for it, so clinical pages come first. */
const SITE_PAGE_FACTOR = 0.5;
/** A named state's word counts this much in other pages' scores (its guide comes first anyway). */
const OPTIONAL_WEIGHT = 0.5;

export function createSearch(pagefind: PagefindLike, context: PlanContext) {
	const searches = new Map<string, Promise<PagefindHit[]>>();
	const run = (term: string | null, filters: Record<string, unknown>) => {
		const key = JSON.stringify([term, filters]);
		let found = searches.get(key);
		if (!found) {
			found = pagefind.search(term, { filters }).then((r) => r?.results ?? []);
			searches.set(key, found);
		}
		return found;
	};
	const ids = async (filters: Record<string, unknown>) => new Set((await run(null, filters)).map((h) => h.id));

	return async function search(request: SearchRequest): Promise<SearchOutcome> {
		const plan = planQuery(request.q, context);
		const state = request.state || plan.state;
		const filters: Record<string, unknown> = {};
		if (request.kind.length) filters.kind = { any: [...request.kind] };
		if (request.topic.length) filters.topic = { any: [...request.topic] };
		if (state) filters.any = [{ state }, { scope: 'national' }];
		if (!plan.site) filters.none = [{ group: 'site' }];

		const listing = plan.groups.length === 0;
		if (listing && !state && !request.kind.length && !request.topic.length)
			return { plan, match: plan.unknown.length || plan.corrected.length ? 'none' : 'empty', hits: [], state };

		const sitePages = plan.site ? await ids({ group: 'site' }) : new Set<string>();
		const scored = new Map<string, { hit: PagefindHit; best: number; score: number; matched: number }>();
		if (listing) {
			if (plan.unknown.length === 0) for (const hit of await run(null, filters)) scored.set(hit.id, { hit, best: 0, score: 0, matched: 0 });
		} else
			for (const group of plan.groups) {
				const inGroup = new Map<string, { hit: PagefindHit; score: number }>();
				for (const [i, alternative] of group.alternatives.entries())
					for (const hit of await run(alternative, filters)) {
						const score = hit.score * (group.weights[i] ?? 1);
						if (score > (inGroup.get(hit.id)?.score ?? -1)) inGroup.set(hit.id, { hit, score });
					}
				// Each idea counts the same, whatever Pagefind's scale for its words: its best page scores 1.
				const top = Math.max(...[...inGroup.values()].map((p) => p.score)) || 1;
				for (const [id, { hit, score }] of inGroup) {
					const page = scored.get(id) ?? { hit, best: 0, score: 0, matched: 0 };
					page.score += (score / top) * (group.optional ? OPTIONAL_WEIGHT : 1) * (sitePages.has(id) && !group.site ? SITE_PAGE_FACTOR : 1);
					if (!group.optional) page.matched++;
					if (score > page.best) Object.assign(page, { hit, best: score });
					scored.set(id, page);
				}
			}

		const required = plan.groups.filter((g) => !g.optional).length;
		let pages = [...scored.values()];
		let match: Match = pages.length ? 'all' : 'none';
		if (required > 0) {
			const full = pages.filter((p) => p.matched === required);
			if (full.length) pages = full;
			else {
				pages = pages.filter((p) => p.matched > 0);
				match = pages.length ? 'partial' : 'none';
			}
		}
		pages.sort((a, b) => b.matched - a.matched || b.score - a.score);
		const hits = pages.map((p) => p.hit);

		// The state's own guide first: always when the words name the state, else when it matched them.
		if (state) {
			const { any: _everyState, ...others } = filters;
			const guide = (await run(null, { ...others, state })).at(0);
			const at = guide ? hits.findIndex((h) => h.id === guide.id) : -1;
			if (guide && (at >= 0 || (plan.state === state && !request.state))) {
				if (at >= 0) hits.splice(at, 1);
				hits.unshift(guide);
				if (match === 'none') match = 'partial';
			}
		}
		return { plan, match, hits, state };
	};
}
