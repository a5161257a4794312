/** A screening or identification tool, with every validation study quoted alongside its population. */
import { z } from 'astro/zod';
import { commonFields } from './common.ts';
import { httpsUrl, line, sourceKey } from './fields.ts';
import { relatedSchema } from './related.ts';
import {
	FIGURE_GRADE_CODES,
	POPULATION_CODES,
	SETTING_CODES,
	STUDY_ROLE_CODES,
	STUDY_SAMPLING_CODES,
	TOOL_KIND_CODES,
} from './vocabulary.ts';

/** A percentage with its 95% confidence interval where the study published one. */
export const estimateSchema = z
	.strictObject({
		value: z.number().min(0).max(100).describe('Point estimate, in percent (0–100).'),
		ciLow: z.number().min(0).max(100).nullable().default(null).describe('Lower bound of the 95% CI, in percent; null if not published.'),
		ciHigh: z.number().min(0).max(100).nullable().default(null).describe('Upper bound of the 95% CI, in percent; null if not published.'),
	})
	.superRefine((e, ctx) => {
		if (e.ciLow !== null && e.ciLow > e.value)
			ctx.addIssue({ code: 'custom', path: ['ciLow'], message: `a lower bound no greater than the value (${e.value})`, input: e.ciLow });
		if (e.ciHigh !== null && e.ciHigh < e.value)
			ctx.addIssue({ code: 'custom', path: ['ciHigh'], message: `an upper bound no less than the value (${e.value})`, input: e.ciHigh });
	});

export const validationStudySchema = z.strictObject({
	source: sourceKey.describe('Bibliography key of the study.'),
	label: line.describe('Short label for tables and the chart, e.g. "Greenbaum 2018, 16 sites".'),
	design: line.describe('Study design in words, e.g. "prospective cross-sectional", "case-control".'),
	role: z
		.enum(STUDY_ROLE_CODES)
		.describe(
			'What the study did for this tool: `derivation` (items chosen and accuracy measured in the same data), `internal-validation`, `external-validation` (new sample), `adapted-version` (a modified tool: shown, never counted for the original), `predictive-validity`, `construct-validity` or `pretest`.',
		),
	sampling: z.enum(STUDY_SAMPLING_CODES).describe('`prospective`, `cross-sectional`, `case-control` or `not-stated`.'),
	setting: line.describe('Where the study ran, e.g. "5 emergency departments in New York City".'),
	population: line.describe('Who was studied: ages and group.'),
	n: z.number().int().positive().nullable().describe('Number of participants (or assessments); null if not published.'),
	referenceStandard: z.string().trim().min(1).nullable().describe('What the tool was compared against; null if not published.'),
	cutoff: z.string().trim().min(1).nullable().describe('What counted as a positive screen; null if not published.'),
	prevalence: z
		.number()
		.min(0)
		.max(100)
		.nullable()
		.default(null)
		.describe('Share of participants with trafficking experience, in percent.'),
	sensitivity: estimateSchema.nullable().describe('Sensitivity, or null if not published.'),
	specificity: estimateSchema.nullable().describe('Specificity, or null if not published.'),
	figuresRead: z
		.enum(FIGURE_GRADE_CODES)
		.describe(
			'Where this site read the figures: `article` (full text), `abstract` (abstract only) or `secondary` (only a summary by someone else).',
		),
	note: z.string().trim().min(1).optional().describe('Limits of the study a reader must know.'),
});

export const screeningToolSchema = z.strictObject({
	type: z.literal('screening-tool').describe('Page kind. `screening-tool` for content/docs/screening-tools/<tool>.mdx.'),
	...commonFields,
	abbreviation: line.describe('Short name, e.g. RAFT.'),
	fullName: line.describe('Full name of the tool.'),
	developer: line.describe('Who developed it.'),
	year: z.number().int().min(1990).max(2100).nullable().describe('Year first published; null if not established.'),
	kind: z.enum(TOOL_KIND_CODES).describe('`screening`, `identification` (longer assessment) or `response-approach` (not a screen).'),
	ageMin: z
		.number()
		.int()
		.min(0)
		.max(120)
		.nullable()
		.describe('Youngest age the tool was designed or studied for (0 for any age); null if no source states it.'),
	ageMax: z
		.union([z.number().int().min(0).max(120), z.literal('none')])
		.nullable()
		.describe('Oldest age; `none` when a source states there is no upper limit (e.g. "adults 18 and older"); null if no source states it.'),
	populations: z.array(z.enum(POPULATION_CODES)).min(1).describe('Patient groups the tool is for.'),
	settings: z.array(z.enum(SETTING_CODES)).min(1).describe('Settings where it was designed or studied.'),
	items: z.number().int().positive().nullable().describe('Number of questions or items; null if not established.'),
	itemsNote: z.string().trim().min(1).optional().describe('Detail on items (e.g. "16 core questions plus migration questions").'),
	minutes: z
		.strictObject({
			min: z.number().positive().describe('Fewest minutes it usually takes.'),
			max: z.number().positive().describe('Most minutes it usually takes.'),
		})
		.nullable()
		.describe('Typical minutes to administer, as a range; null if not established.'),
	studies: z.array(validationStudySchema).default([]).describe('Every validation study, with its population.'),
	access: z
		.strictObject({
			cost: z.enum(['free', 'paid', 'unknown']).describe('Cost to use.'),
			training: z.string().trim().min(1).nullable().describe('Training required or offered; null if not established.'),
			licence: z.string().trim().min(1).nullable().describe('Licence or terms of use; null if not verified.'),
			url: httpsUrl.nullable().describe('Official source of the tool; null if none verified.'),
		})
		.describe('How to get the tool and on what terms.'),
	languages: z
		.array(line)
		.min(1)
		.describe('Languages the tool is available in, with what is validated (e.g. "Spanish (used in one study)").'),
	related: relatedSchema,
});

export type ScreeningToolData = z.infer<typeof screeningToolSchema>;
export type ValidationStudy = z.infer<typeof validationStudySchema>;
