/**
 * A state (or DC, or territory) coverage guide. The facts are data, not prose: each carries its source,
 * the date the source speaks for, and `null` when nobody has verified it yet.
 */
import { z } from 'astro/zod';
import { commonFields } from './common.ts';
import { asOfDate, httpsUrl, isoDate, line, sourceKey } from './fields.ts';
import { relatedSchema } from './related.ts';
import { JURISDICTION_CODES, MARKETPLACE_TYPE_CODES, SOURCE_GRADE_CODES } from './vocabulary.ts';

/** A named program with its official web address. */
export const programSchema = z.strictObject({
	name: line.describe('Official name of the program or agency.'),
	url: httpsUrl.describe('Official web address (a .gov site where one exists).'),
});

/**
 * One fact: a value (or `null` when not yet verified), what it is as of, where it comes from.
 * `extra` adds fields that belong with the value (an effective date, a URL).
 */
export function fact<V extends z.ZodType, E extends z.ZodRawShape = Record<never, z.ZodType>>(value: V, valueHelp: string, extra?: E) {
	return z
		.strictObject({
			value: value.nullable().describe(`${valueHelp} \`null\` when not yet verified.`),
			asOf: asOfDate.describe('Date the source speaks for (YYYY-MM-DD, or YYYY-MM); for a null value, the day it was last looked for.'),
			source: sourceKey.nullable().describe('Bibliography key of the source. Required unless the value is null.'),
			grade: z
				.enum(SOURCE_GRADE_CODES)
				.default('primary')
				.describe('`primary` when read in the official source; `secondary` when read in a summary of it (shown as such).'),
			note: z.string().trim().min(1).optional().describe('Caveats, or for a null value, where to check.'),
			...(extra ?? ({} as E)),
		})
		.superRefine((parsed, ctx) => {
			// The generic `extra` hides these three fields from TypeScript; every fact has them.
			const f = parsed as { value: unknown; source: string | null; note?: string };
			if (f.value !== null && f.source === null)
				ctx.addIssue({ code: 'custom', path: ['source'], message: 'a bibliography key whenever value is not null', input: f.source });
			if (f.value === null && !f.note)
				ctx.addIssue({ code: 'custom', path: ['note'], message: 'a note saying where to check, because value is null', input: f.note });
		})
		.describe(`${valueHelp} A fact with its value, as-of date and source.`);
}

export const stateFactsSchema = z
	.strictObject({
		medicaidExpansion: fact(z.boolean(), 'Has the state adopted and implemented the ACA Medicaid expansion?', {
			effective: isoDate.nullable().describe('Day expansion coverage took effect, or null.'),
		}),
		marketplace: fact(z.enum(MARKETPLACE_TYPE_CODES), 'Marketplace model: `SBE`, `SBE-FP` or `FFE`.', {
			planYear: z.number().int().min(2014).max(2100).describe('Plan year the model applies to, e.g. 2026.'),
			url: httpsUrl.nullable().describe('Where residents apply (the state exchange, or HealthCare.gov).'),
		}),
		ichiaChildren: fact(z.boolean(), 'Has the state elected the ICHIA/CHIPRA 214 option for lawfully residing children (Medicaid)?'),
		ichiaPregnant: fact(z.boolean(), 'Has the state elected the ICHIA/CHIPRA 214 option for lawfully residing pregnant people (Medicaid)?'),
		stateFundedChildren: fact(z.boolean(), 'Does the state fund comprehensive coverage for children regardless of immigration status?'),
		stateFundedAdults: fact(z.boolean(), 'Does the state fund coverage for some adults regardless of immigration status?'),
		postpartum12Months: fact(z.boolean(), 'Has the state implemented 12 months of postpartum Medicaid coverage?'),
		crimeVictimCompensation: fact(programSchema, 'The state crime victim compensation program.'),
		medicaidAgency: fact(programSchema, 'The state Medicaid agency.'),
	})
	.describe('Coverage facts for the jurisdiction. Each is shown with its "as of" date and source.');

export const stateProgramSchema = z.strictObject({
	name: line.describe('Name of the program.'),
	url: httpsUrl.describe('Official web address.'),
	summary: line.describe('One sentence on who it serves and what it offers.'),
	asOf: asOfDate.describe('Date the source speaks for.'),
	source: sourceKey.describe('Bibliography key of the source.'),
});

export const stateGuideSchema = z.strictObject({
	type: z.literal('state-guide').describe('Page kind. `state-guide` for content/docs/states/<state>.md.'),
	...commonFields,
	jurisdiction: z
		.enum(JURISDICTION_CODES)
		.describe('USPS code of the state, DC or territory (e.g. TX). One guide per jurisdiction; the file name must match.'),
	facts: stateFactsSchema,
	traffickingPrograms: z
		.array(stateProgramSchema)
		.default([])
		.describe('State programs specifically for trafficking survivors, where they exist.'),
	related: relatedSchema,
});

export type StateGuideData = z.infer<typeof stateGuideSchema>;
export type StateFacts = z.infer<typeof stateFactsSchema>;
export type FactKey = keyof StateFacts;
