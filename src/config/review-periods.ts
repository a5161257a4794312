/**
 * How long a review holds before the page is due again, by page kind. Coverage rules and state facts change
 * with laws, budgets and agency notices; clinical guidance changes with guidelines, more slowly.
 */
import type { PageKind } from '../schemas/vocabulary.ts';

export const REVIEW_PERIOD_MONTHS: Record<PageKind, number> = {
	coverage: 6,
	'state-guide': 6,
	protocol: 24,
	'screening-tool': 24,
	guide: 24,
	handout: 24,
	page: 12,
};

/** Kinds whose pages carry clinical or coverage content, and so show their review status at the top. */
export const REVIEWED_KINDS: readonly PageKind[] = ['protocol', 'state-guide', 'screening-tool', 'coverage', 'guide', 'handout'];
