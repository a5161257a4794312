/** A care protocol: what to do, in which setting, for whom, and on what evidence. */
import { z } from 'astro/zod';
import { commonFields } from './common.ts';
import { line, sourceKeys } from './fields.ts';
import { relatedSchema } from './related.ts';
import { EVIDENCE_TYPE_CODES, POPULATION_CODES, RECOMMENDATION_STRENGTH_CODES, SETTING_CODES } from './vocabulary.ts';

export const recommendationSchema = z.strictObject({
	text: line.describe('The recommendation, starting with its verb ("Offer…", "Consider…", "Do not…").'),
	strength: z.enum(RECOMMENDATION_STRENGTH_CODES).describe('`offer` (strong), `consider` (conditional) or `do-not`.'),
	evidence: z
		.enum(EVIDENCE_TYPE_CODES)
		.describe('Kind of evidence behind it: `validated-study`, `guideline` or `expert-consensus`. Never claim more than the source shows.'),
	sources: sourceKeys.min(1, { error: 'at least one bibliography key' }).describe('Bibliography keys supporting this recommendation.'),
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
