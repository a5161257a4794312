/** How a search is planned and combined, against a small fake index: synonyms, partial matches, states, site pages. */
import { describe, expect, it } from 'vitest';
import { createSearch, type PagefindLike } from '../../../src/lib/search-engine.ts';
import { type PlanContext, planQuery, type VocabularyEntry } from '../../../src/lib/search-plan.ts';
import { lexiconOf, words } from '../../../src/lib/search-words.ts';

interface FakePage {
	id: string;
	text: string;
	filters: Record<string, string[]>;
}

const PAGES: FakePage[] = [
	{ id: 'ed', text: 'Emergency department care for adolescents and adults', filters: { kind: ['protocol'], scope: ['national'] } },
	{
		id: 'teens',
		text: 'Children and adolescents: reporting to child protective services',
		filters: { kind: ['protocol'], scope: ['national'] },
	},
	{ id: 'texas', text: 'Texas Medicaid and CHIP', filters: { kind: ['state-guide'], state: ['TX'] } },
	{ id: 'florida', text: 'Florida Medicaid', filters: { kind: ['state-guide'], state: ['FL'] } },
	{ id: 'emergency-medicaid', text: 'Emergency Medicaid for people without status', filters: { kind: ['coverage'], scope: ['national'] } },
	{
		id: 'contribute',
		text: 'Contribute: report an error, suggest a correction, Medicaid facts',
		filters: { kind: ['page'], scope: ['national'], group: ['site'] },
	},
];

/** Matches like Pagefind: every word of the query must start a word of the page; score = matching words. */
function matches(page: FakePage, filters: Record<string, unknown>): boolean {
	const has = (cond: Record<string, unknown>): boolean =>
		Object.entries(cond).every(([key, value]) => {
			if (value === undefined) return true;
			if (key === 'any') return (value as Record<string, unknown>[]).some((c) => has(c));
			if (key === 'none') return !(value as Record<string, unknown>[]).some((c) => has(c));
			const wanted = typeof value === 'string' ? [value] : ((value as { any: string[] }).any ?? []);
			return wanted.some((v) => page.filters[key]?.includes(v));
		});
	return has(filters);
}

const fake: PagefindLike = {
	async search(term, options = {}) {
		const terms = term === null ? [] : words(term.replaceAll('"', ''));
		const exact = term?.startsWith('"');
		const results = PAGES.filter((p) => matches(p, options.filters ?? {}))
			.map((p) => {
				const pageWords = words(p.text);
				const hits = terms.filter((t) => pageWords.some((w) => (exact ? w === t : w.startsWith(t))));
				return { p, score: hits.length };
			})
			.filter(({ score }) => term === null || score === terms.length)
			.map(({ p, score }) => ({ id: p.id, score, data: async () => ({ url: `/${p.id}/`, excerpt: '', meta: {} }) }));
		return { results };
	},
};

const vocabulary: VocabularyEntry[] = [
	{ id: 'emergency-department', en: ['emergency department', 'ED', 'ER'], es: ['urgencias'], means: [], site: false },
	{ id: 'adolescent', en: ['adolescent', 'teen', 'minor'], es: ['adolescente'], means: [], site: false },
	{ id: 'child-protective-services', en: ['child protective services', 'CPS', 'abuse hotline'], es: [], means: [], site: false },
	{ id: 'undocumented', en: ['undocumented', 'without status'], es: ['sin papeles'], means: [], site: false },
	{ id: 'soonercare', en: ['SoonerCare'], es: [], means: ['Medicaid'], state: 'OK', site: false },
	{ id: 'contribute', en: ['contribute', 'report an error', 'correction'], es: [], means: [], site: true },
];
const context: PlanContext = {
	vocabulary,
	states: { TX: 'Texas', FL: 'Florida', OK: 'Oklahoma', NY: 'New York' },
	lexicon: lexiconOf(PAGES.map((p) => p.text)),
	lang: 'en',
};
const search = createSearch(fake, context);
const ids = async (q: string, state = '', kind: string[] = []) => (await search({ q, state, kind, topic: [] })).hits.map((h) => h.id);

describe('search plan', () => {
	it('reads an age as the age group', () => {
		expect(planQuery('16 year old', context).groups[0]?.alternatives).toContain('adolescent');
		expect(planQuery('16-year-old', context).groups[0]?.alternatives).toContain('adolescent');
	});
	it('reads a state name, a capitalised postal code and a program name as a state', () => {
		expect(planQuery('texas abuse hotline', context).state).toBe('TX');
		expect(planQuery('TX medicaid', context).state).toBe('TX');
		expect(planQuery('in the ED', context).state).toBeUndefined();
		expect(planQuery('SoonerCare', context).state).toBe('OK');
	});
	it('reports words no page uses and corrects misspellings', () => {
		const plan = planQuery('doxycycline adolescnts', context);
		expect(plan.unknown).toEqual(['doxycycline']);
		expect(plan.corrected).toEqual([{ typed: 'adolescnts', searched: 'adolescents' }]);
	});
	it('notices words of the other language', () => {
		expect(planQuery('sin papeles', context).otherLanguage).toBe(true);
		expect(planQuery('without status', context).otherLanguage).toBe(false);
	});
});

describe('search engine', () => {
	it('finds a page through a synonym or an abbreviation', async () => {
		expect(await ids('ER')).toContain('ed');
		expect(await ids('teen')).toEqual(expect.arrayContaining(['ed', 'teens']));
	});
	it('puts the named state first and keeps pages that apply in every state, but no other state', async () => {
		const found = await ids('undocumented texas');
		expect(found[0]).toBe('texas');
		expect(found).toContain('emergency-medicaid');
		expect(found).not.toContain('florida');
	});
	it('keeps pages that apply everywhere under a state filter', async () => {
		expect(await ids('medicaid', 'TX')).toEqual(['texas', 'emergency-medicaid']);
	});
	it('falls back to the pages matching most ideas, and says so', async () => {
		const outcome = await search({ q: 'adolescent undocumented', state: '', kind: [], topic: [] });
		expect(outcome.match).toBe('partial');
		expect(outcome.hits.map((h) => h.id)).toEqual(expect.arrayContaining(['ed', 'teens', 'emergency-medicaid']));
	});
	it('finds nothing for words no page uses', async () => {
		const outcome = await search({ q: 'doxycycline', state: '', kind: [], topic: [] });
		expect(outcome.match).toBe('none');
		expect(outcome.hits).toEqual([]);
	});
	it('leaves out pages about the site unless the words ask for them', async () => {
		expect(await ids('medicaid')).not.toContain('contribute');
		expect((await ids('report an error'))[0]).toBe('contribute');
	});
});
