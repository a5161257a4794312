/**
 * A state (or DC, or territory) coverage guide. The facts are data, not prose: each carries its source,
 * the date the source speaks for, and `null` when nobody has verified it yet.
 */
import { z } from 'astro/zod';
import { commonFields } from './common.ts';
import { asOfDate, httpsUrl, isoDate, line, sourceKey, sourceKeys } from './fields.ts';
import { relatedSchema } from './related.ts';
import {
	ADULT_REPORTING_DUTY_CODES,
	ENROLLMENT_STATUS_CODES,
	IMMIGRATION_SITUATION_CODES,
	JURISDICTION_CODES,
	MARKETPLACE_TYPE_CODES,
	MINOR_CONSENT_RULE_CODES,
	PATIENT_GROUP_CODES,
	PROGRAM_BENEFIT_CODES,
	SAFE_HARBOR_TYPE_CODES,
	SOURCE_GRADE_CODES,
} from './vocabulary.ts';

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
			moreSources: sourceKeys
				.default([])
				.describe('Further bibliography keys for parts of the value, e.g. the statute when `source` is the agency page.'),
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

/** A phone number as a reader dials it in the United States, e.g. "1-800-252-5400" or "211". */
const phone = z
	.string()
	.trim()
	.regex(/^(1-)?(\d{3}-)?[\dA-Z]{3}-?[\dA-Z]{4}$|^\d{3}$/, { error: 'a phone number written like 1-800-252-5400, 1-855-FLA-SAFE or 211' })
	.describe('Phone number as dialled in the United States, e.g. 1-800-252-5400.');

/** A state program: who it serves, what it gives, since and until when. */
export const stateProgramSchema = z.strictObject({
	name: line.describe('Name of the program.'),
	url: httpsUrl.describe('Official web address.'),
	summary: line.describe('One sentence, in your own words, on who it serves and what it offers.'),
	groups: z
		.array(z.enum(PATIENT_GROUP_CODES))
		.default([])
		.describe('Patient groups it serves (`child`, `pregnant`, `adult`, `older-adult`). Empty: not limited by age or pregnancy.'),
	situations: z
		.array(z.enum(IMMIGRATION_SITUATION_CODES))
		.default([])
		.describe('Immigration situations it serves (codes as in the coverage navigator). Empty: not limited by immigration situation.'),
	benefits: z.array(z.enum(PROGRAM_BENEFIT_CODES)).default([]).describe('What it gives (health coverage, cash, victim services…).'),
	enrollment: z.enum(ENROLLMENT_STATUS_CODES).default('open').describe('Whether it takes new applicants.'),
	from: isoDate.nullable().default(null).describe('Day it began or its current rules took effect, if the source says.'),
	until: isoDate.nullable().default(null).describe('Day it ends or its current rules stop, if a source says so.'),
	asOf: asOfDate.describe('Date the source speaks for.'),
	source: sourceKey.describe('Bibliography key of the source.'),
	grade: z.enum(SOURCE_GRADE_CODES).default('primary').describe('`primary` or `secondary` (read only in a summary).'),
	note: z.string().trim().min(1).optional().describe('Caveats: funding, conditions, changes under way.'),
});

/** Where and how to report suspected abuse or trafficking of a child. */
export const childReportingSchema = z
	.strictObject({
		agency: line.describe('Agency that takes reports (e.g. "Texas Department of Family and Protective Services").'),
		url: httpsUrl.describe("The agency's own page on how to report."),
		phone: phone.nullable().describe('Statewide intake line, or null when reports go to county agencies.'),
		hours: line.optional().describe('When the line answers, e.g. "24 hours a day, 7 days a week".'),
		onlineReport: httpsUrl.nullable().default(null).describe('Online report for situations that are not emergencies, if any.'),
		countyBased: z.boolean().default(false).describe('True when reports go to county agencies rather than one statewide line.'),
		countyDirectory: httpsUrl.nullable().default(null).describe("The state's page listing county numbers, when reports go to counties."),
		alsoReport: line
			.nullable()
			.default(null)
			.describe('In your own words: whether health professionals must also tell law enforcement or another body, and when.'),
		statute: line.describe('The reporting statute, e.g. "Tex. Fam. Code §§ 261.101–261.103".'),
	})
	.superRefine((route, ctx) => {
		if (route.phone === null && !route.countyBased)
			ctx.addIssue({
				code: 'custom',
				path: ['phone'],
				message: 'a statewide number, or `countyBased: true` with a `countyDirectory`',
				input: null,
			});
		if (route.countyBased && route.countyDirectory === null)
			ctx.addIssue({ code: 'custom', path: ['countyDirectory'], message: "the state's page listing county numbers", input: null });
	});

/** When a minor may consent to a kind of care. */
export const minorConsentSchema = z
	.strictObject({
		rule: z.enum(MINOR_CONSENT_RULE_CODES).describe('`any-age`, `from-age`, `conditional` or `no-statute`.'),
		minAge: z.number().int().min(0).max(21).nullable().default(null).describe('Youngest age that may consent, for `from-age`.'),
		conditions: line.optional().describe('In your own words: circumstances or limits (e.g. "if living apart from parents").'),
		statute: line.nullable().describe('The statute, e.g. "Cal. Fam. Code § 6926"; null only for `no-statute`.'),
	})
	.superRefine((consent, ctx) => {
		if (consent.rule === 'from-age' && consent.minAge === null)
			ctx.addIssue({
				code: 'custom',
				path: ['minAge'],
				message: 'the youngest age that may consent, because rule is `from-age`',
				input: null,
			});
		if (consent.rule !== 'no-statute' && consent.statute === null)
			ctx.addIssue({ code: 'custom', path: ['statute'], message: `the statute, because rule is \`${consent.rule}\``, input: null });
	});

/** A state's anti-trafficking task force, council or coalition. */
export const taskForceSchema = z.strictObject({
	name: line.describe('Official name.'),
	url: httpsUrl.describe('Official web address.'),
	contact: line.nullable().default(null).describe('Public contact (phone or e-mail) as the source gives it, or null.'),
});

/** A state line for trafficking or abuse reports, beside the national ones. */
export const stateLineSchema = z.strictObject({
	name: line.describe('Name of the line, e.g. "Florida Human Trafficking Hotline".'),
	phone: phone,
	url: httpsUrl.nullable().default(null).describe('Official page about the line.'),
	purpose: line.describe('In your own words: what to call it for.'),
});

/** Crime victim compensation program, with what it says about trafficking. */
export const compensationSchema = programSchema.extend({
	coversTrafficking: z
		.boolean()
		.nullable()
		.default(null)
		.describe('Does the program say it compensates losses from trafficking? null when its sources do not say.'),
	conditions: line.optional().describe('In your own words: deadlines, police-report rules, what trafficking victims can claim.'),
});

/** Where people apply for Medicaid (not always the agency that runs it). */
export const applicationRouteSchema = z.strictObject({
	name: line.describe('Name of the application portal or office, e.g. "Your Texas Benefits".'),
	url: httpsUrl.nullable().describe('Where to apply online, or null if there is no online application.'),
	phone: phone.nullable().default(null).describe('Phone line for applications, if any.'),
	agency: line.optional().describe('Agency that takes applications, when it is not the Medicaid agency (e.g. Florida DCF).'),
});

export const stateFactsSchema = z
	.strictObject({
		medicaidExpansion: fact(z.boolean(), 'Has the state adopted and implemented the ACA Medicaid expansion?', {
			effective: isoDate.nullable().describe('Day expansion coverage took effect, or null.'),
		}),
		marketplace: fact(z.enum(MARKETPLACE_TYPE_CODES), 'Marketplace model: `SBE`, `SBE-FP`, `FFE`, or `none` (territories).', {
			planYear: z.number().int().min(2014).max(2100).describe('Plan year the model applies to, e.g. 2026.'),
			url: httpsUrl.nullable().describe('Where residents apply (the state exchange, or HealthCare.gov).'),
		}),
		ichiaChildren: fact(z.boolean(), 'Has the state elected the ICHIA/CHIPRA 214 option for lawfully residing children (Medicaid)?'),
		ichiaPregnant: fact(z.boolean(), 'Has the state elected the ICHIA/CHIPRA 214 option for lawfully residing pregnant people (Medicaid)?'),
		stateFundedChildren: fact(z.boolean(), 'Does the state fund comprehensive coverage for children regardless of immigration status?'),
		stateFundedAdults: fact(z.boolean(), 'Does the state fund coverage for some adults regardless of immigration status?'),
		postpartum12Months: fact(z.boolean(), 'Has the state implemented 12 months of postpartum Medicaid coverage?'),
		crimeVictimCompensation: fact(compensationSchema, 'The state crime victim compensation program.'),
		medicaidAgency: fact(programSchema, 'The state Medicaid agency.'),
		// Facts added for the coverage rules and the "Report and call" block. Optional while they are being
		// researched for every jurisdiction; they become required once all 56 guides carry them.
		medicaidApplication: fact(applicationRouteSchema, 'Where people apply for Medicaid and CHIP.').optional(),
		chipUnbornChild: fact(
			z.boolean(),
			'Does the state cover pregnant people regardless of immigration status through the CHIP "unborn child" option (from-conception coverage, FCEP)?',
			{
				program: line.nullable().default(null).describe('Name of the program, e.g. "CHIP Perinatal".'),
				incomeLimitFpl: z.number().min(0).max(1000).nullable().default(null).describe('Income limit, % of the federal poverty level.'),
			},
		).optional(),
		stateFundedCoverage: fact(
			z.array(stateProgramSchema),
			'State-funded health coverage for people federal Medicaid and CHIP do not cover (no status; lawfully residing immigrants who lost the federal match; children; pregnant people; older adults). An empty list means verified: none.',
		).optional(),
		survivorPrograms: fact(
			z.array(stateProgramSchema),
			'State programs specifically for trafficking survivors: benefits before federal certification, state confirmation or certification, victim services. An empty list means verified: none.',
		).optional(),
		childAbuseReporting: fact(childReportingSchema, 'Where to report suspected abuse or trafficking of a child.').optional(),
		adultTraffickingReporting: fact(
			z.enum(ADULT_REPORTING_DUTY_CODES),
			'Does state law require or allow health professionals to report trafficking of an adult?',
			{ statute: line.nullable().default(null).describe('The statute that sets the duty or permission, if any.') },
		).optional(),
		stateHotlines: fact(
			z.array(stateLineSchema),
			'State lines for trafficking reports or help, beside the national hotline. An empty list means verified: none.',
		).optional(),
		minorConsentSti: fact(
			minorConsentSchema,
			'Can a minor consent to testing and treatment for sexually transmitted infections?',
		).optional(),
		minorConsentContraception: fact(minorConsentSchema, 'Can a minor consent to contraception?').optional(),
		minorConsentMentalHealth: fact(minorConsentSchema, 'Can a minor consent to outpatient mental-health care?').optional(),
		traffickingTaskForce: fact(taskForceSchema, "The state's anti-trafficking task force, council or coalition.").optional(),
		safeHarbor: fact(z.enum(SAFE_HARBOR_TYPE_CODES), 'Can a minor be prosecuted for commercial sex (safe-harbor law)?', {
			statute: line.nullable().default(null).describe('The safe-harbor statute, if any.'),
		}).optional(),
	})
	.describe('Facts about the jurisdiction. Each is shown with its "as of" date and source.');

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
		.describe('Deprecated: being moved to `facts.survivorPrograms`. State programs specifically for trafficking survivors.'),
	related: relatedSchema,
});

export type StateGuideData = z.infer<typeof stateGuideSchema>;
export type StateFacts = z.infer<typeof stateFactsSchema>;
/** Facts every guide carries today (the rest are optional while they are researched). */
export type FactKey = { [K in keyof StateFacts]-?: undefined extends StateFacts[K] ? never : K }[keyof StateFacts];
export type StateProgram = z.infer<typeof stateProgramSchema>;
