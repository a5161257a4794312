/**
 * Which kinds of source can carry which grade of evidence. One table, used by the content test that fails when a
 * recommendation claims more than its sources show.
 *
 * Why these pairs:
 * - `validated-study` claims evidence from a study of people. Only a peer-reviewed `journal-article` can be such a
 *   study; a guideline, report or web page may describe one, but then the study itself must be cited.
 * - `guideline` claims a clinical guideline from a body that issues them. A `guideline` entry is one; `federal-guidance`
 *   (CDC, HHS, CMS) is; and professional societies publish their clinical reports and committee opinions as
 *   `journal-article`s (AAP in Pediatrics), so that kind can carry it too. A `webpage`, `toolkit`, `report`, `book` or
 *   `dataset` is not a guideline, and a `statute` or `regulation` is law, not clinical advice: a legal duty is shown
 *   with the recommendation's `legal` field, not graded as a guideline.
 * - `expert-consensus` is the honest floor: any source can support it.
 */
import type { SOURCE_TYPES } from '../schemas/bibliography.ts';
import type { EvidenceType } from '../schemas/vocabulary.ts';

export type SourceKind = (typeof SOURCE_TYPES)[number];

export const KINDS_THAT_CARRY: Record<EvidenceType, readonly SourceKind[] | 'any'> = {
	'validated-study': ['journal-article'],
	guideline: ['guideline', 'federal-guidance', 'journal-article'],
	'expert-consensus': 'any',
};

/** Does at least one of these source kinds carry this grade? */
export function sourcesCarry(evidence: EvidenceType, kinds: readonly SourceKind[]): boolean {
	const allowed = KINDS_THAT_CARRY[evidence];
	return allowed === 'any' || kinds.some((k) => allowed.includes(k));
}

/** A "required by law" mark must rest on the law itself or an official account of it, never on a web page or toolkit. */
export const LAW_SOURCE_KINDS: readonly SourceKind[] = ['statute', 'regulation', 'federal-guidance'];
