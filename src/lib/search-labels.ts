/** Human labels, in the reader's language, for the language-neutral codes search filters use. */
import { AUDIENCES, JURISDICTIONS, label, PAGE_KINDS, POPULATIONS, REVIEW_STATUSES, TOPICS } from '../schemas/vocabulary.ts';

export type FilterLabels = Record<'kind' | 'state' | 'topic' | 'audience' | 'population' | 'review', Record<string, string>>;

export function filterLabels(lang: string): FilterLabels {
	const table = (t: Record<string, { en: string; es: string }>) =>
		Object.fromEntries(Object.keys(t).map((code) => [code, label(t, code, lang)]));
	return {
		kind: table(PAGE_KINDS),
		state: Object.fromEntries(Object.entries(JURISDICTIONS).map(([code, j]) => [code, j.name])),
		topic: table(TOPICS),
		audience: table(AUDIENCES),
		population: table(POPULATIONS),
		review: table(REVIEW_STATUSES),
	};
}
