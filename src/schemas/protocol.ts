/** A care protocol: what to do, in which setting, for whom, and on what evidence. */
import { z } from 'astro/zod';
import { commonFields } from './common.ts';
import { line, sourceKeys } from './fields.ts';
import { relatedSchema } from './related.ts';
import { EVIDENCE_TYPE_CODES, POPULATION_CODES, RECOMMENDATION_STRENGTH_CODES, SETTING_CODES } from './vocabulary.ts';

/**
 * A legal duty behind a recommendation: shown as "Required by law", apart from the clinical strength and evidence,
 * so a duty to report is never displayed as a mere "offer".
 */
export const legalDutySchema = z.strictObject({
	duty: line.describe('What the law requires, in a few words, e.g. "Report suspected abuse of a minor to child protective services".'),
	statute: line.describe(
		'The law or regulation, cited, e.g. "45 CFR 164.522(b)". When the duty itself is set by each state, name the state law and the federal anchor.',
	),
	sources: sourceKeys
		.min(1, { error: 'at least one bibliography key for the law' })
		.describe("Bibliography keys of the law's text or an official summary of it (kind `statute`, `regulation` or `federal-guidance`)."),
	stateRule: z
		.enum(['state-guide', 'none'])
		.describe(
			'`state-guide` when the details (who reports, to whom, how fast) are set by state law: the page points to the state guides and the mandatory-reporting guide. `none` for a federal rule that applies everywhere.',
		),
});

export const recommendationSchema = z.strictObject({
	text: line.describe('The recommendation, starting with its verb ("Offer…", "Consider…", "Do not…").'),
	strength: z.enum(RECOMMENDATION_STRENGTH_CODES).describe('`offer` (strong), `consider` (conditional) or `do-not`.'),
	evidence: z
		.enum(EVIDENCE_TYPE_CODES)
		.describe('Kind of evidence behind it: `validated-study`, `guideline` or `expert-consensus`. Never claim more than the source shows.'),
	sources: sourceKeys.min(1, { error: 'at least one bibliography key' }).describe('Bibliography keys supporting this recommendation.'),
	legal: legalDutySchema
		.optional()
		.describe(
			'Present only when the law requires the action (or forbids what is advised against). Separate from `strength` and `evidence`.',
		),
});

export const protocolSchema = z.strictObject({
	type: z.literal('protocol').describe('Page kind. `protocol` for care protocols under content/docs/protocols/.'),
	...commonFields,
	settings: z.array(z.enum(SETTING_CODES)).min(1).describe('Care settings this protocol is written for.'),
	populations: z.array(z.enum(POPULATION_CODES)).min(1).describe('Patient groups this protocol is written for.'),
	summary: z
		.array(line)
		.min(2, { error: 'at least 2 actions' })
		.max(8, { error: 'at most 8 actions: keep it readable in a hurry' })
		.describe('"What to do now": 2–8 short actions, shown first on the page for the busy reader.'),
	recommendations: z
		.array(recommendationSchema)
		.default([])
		.describe(
			'Recommendations, each with its strength, kind of evidence and sources. Rendered as one list. A new draft may start with none.',
		),
	related: relatedSchema,
});

export type ProtocolData = z.infer<typeof protocolSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
export type LegalDuty = z.infer<typeof legalDutySchema>;
