/**
 * The parts Starlight pages gain from their frontmatter (summary, facts, recommendations, references…),
 * with the heading each part shows, so the components and the table of contents agree on ids and order.
 */
import type { DocsFrontmatter } from '../schemas/docs.ts';
import { JURISDICTIONS } from '../schemas/vocabulary.ts';
import { citedSourceKeys } from './citations.ts';
import type { UiKey } from './entry.ts';

export type PartId =
	| 'report-and-call'
	| 'what-to-do-now'
	| 'state-facts'
	| 'coverage-matrix'
	| 'at-a-glance'
	| 'recommendations'
	| 'validation-studies'
	| 'state-programs'
	| 'related'
	| 'references';

/** i18n key of each part's heading. */
export const PART_HEADING_KEYS: Record<PartId, UiKey> = {
	'report-and-call': 'kb.part.reportAndCall',
	'what-to-do-now': 'kb.part.whatToDoNow',
	'state-facts': 'kb.part.stateFacts',
	'coverage-matrix': 'kb.part.coverageMatrix',
	'at-a-glance': 'kb.part.atAGlance',
	recommendations: 'kb.part.recommendations',
	'validation-studies': 'kb.part.validationStudies',
	'state-programs': 'kb.part.statePrograms',
	related: 'kb.part.related',
	references: 'kb.part.references',
};

/** Parameters of part headings that name the page's jurisdiction ("Report child abuse or trafficking in Texas"). */
export function partHeadingParams(data: DocsFrontmatter): Record<string, string> | undefined {
	return data.type === 'state-guide' ? { state: JURISDICTIONS[data.jurisdiction].name } : undefined;
}

function hasRelated(data: DocsFrontmatter): boolean {
	const related = 'related' in data ? data.related : undefined;
	return Boolean(related && Object.values(related).some((list) => list.length > 0));
}

/** Parts shown before the page's own text. */
export function leadParts(data: DocsFrontmatter): PartId[] {
	if (data.type === 'protocol') return ['what-to-do-now'];
	// Who to call comes first: a nurse with a child in front of her should not scroll past coverage facts.
	if (data.type === 'state-guide') return ['report-and-call', 'state-facts', 'coverage-matrix'];
	if (data.type === 'screening-tool') return ['at-a-glance'];
	return [];
}

/** Parts shown after the page's own text. */
export function endParts(data: DocsFrontmatter): PartId[] {
	const parts: PartId[] = [];
	if (data.type === 'protocol' && data.recommendations.length > 0) parts.push('recommendations');
	if (data.type === 'screening-tool') parts.push('validation-studies');
	if (data.type === 'state-guide' && data.traffickingPrograms.length > 0) parts.push('state-programs');
	if (hasRelated(data)) parts.push('related');
	if (citedSourceKeys(data).length > 0) parts.push('references');
	return parts;
}
