/**
 * The value columns of the state downloads (/data/states.json, /data/states.csv), each with how it is read from
 * a guide's facts and what it means. The records, the CSV header and the data dictionary page all come from this
 * list, so a column cannot exist without its explanation. Provenance columns (`<fact>AsOf`, `<fact>Source`,
 * `<fact>SourceGrade`, `<fact>Note`) follow for every fact; see PROVENANCE_COLUMNS.
 */
import type { StateFacts, StateProgram } from '../schemas/state-guide.ts';
import type { AnyFactKey } from './state-fact-groups.ts';

export type Cell = string | number | boolean | null;

export interface ValueColumn {
	name: string;
	/** The fact the column comes from (its provenance columns say where it was read). */
	fact: AnyFactKey;
	/** What the column holds, for the data dictionary (English). */
	description: string;
	read: (facts: StateFacts) => Cell;
}

/** A list of programs or lines in one cell: names (or name: phone) separated by " | ". */
export const LIST_SEPARATOR = ' | ';
function list<T>(items: readonly T[] | null | undefined, show: (item: T) => string): string | null {
	if (items === null || items === undefined) return null;
	return items.map(show).join(LIST_SEPARATOR);
}
const programNames = (p: readonly StateProgram[] | null | undefined) => list(p, (x) => x.name);
const programUrls = (p: readonly StateProgram[] | null | undefined) => list(p, (x) => x.url);

/** `undefined` (not yet researched) and `null` (not verified) are both an empty cell; the provenance says which. */
const v = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

export const VALUE_COLUMNS: readonly ValueColumn[] = [
	// The first columns keep the names and order of the earlier downloads, so existing users' scripts still work.
	{
		name: 'medicaidExpansion',
		fact: 'medicaidExpansion',
		description: 'true if the jurisdiction has adopted and implemented the ACA Medicaid expansion for adults.',
		read: (f) => f.medicaidExpansion.value,
	},
	{
		name: 'medicaidExpansionDate',
		fact: 'medicaidExpansion',
		description: 'Day expansion coverage took effect (YYYY-MM-DD), if known.',
		read: (f) => f.medicaidExpansion.effective,
	},
	{
		name: 'marketplaceType',
		fact: 'marketplace',
		description: 'Marketplace model: SBE, SBE-FP, FFE, or none (see the abbreviations).',
		read: (f) => f.marketplace.value,
	},
	{
		name: 'marketplacePlanYear',
		fact: 'marketplace',
		description: 'Plan year the Marketplace model applies to.',
		read: (f) => f.marketplace.planYear,
	},
	{
		name: 'marketplaceUrl',
		fact: 'marketplace',
		description: 'Where residents apply for Marketplace coverage.',
		read: (f) => f.marketplace.url,
	},
	{
		name: 'ichiaChildren',
		fact: 'ichiaChildren',
		description: 'true if the state elected the ICHIA (CHIPRA section 214) option for lawfully residing children in Medicaid.',
		read: (f) => f.ichiaChildren.value,
	},
	{
		name: 'ichiaPregnant',
		fact: 'ichiaPregnant',
		description: 'true if the state elected the ICHIA option for lawfully residing pregnant people in Medicaid.',
		read: (f) => f.ichiaPregnant.value,
	},
	{
		name: 'postpartum12Months',
		fact: 'postpartum12Months',
		description: 'true if the state has implemented 12 months of postpartum Medicaid coverage.',
		read: (f) => f.postpartum12Months.value,
	},
	{
		name: 'stateFundedChildren',
		fact: 'stateFundedChildren',
		description: 'true if the state funds comprehensive coverage for children regardless of immigration status.',
		read: (f) => f.stateFundedChildren.value,
	},
	{
		name: 'stateFundedAdults',
		fact: 'stateFundedAdults',
		description: 'true if the state funds coverage for some adults regardless of immigration status.',
		read: (f) => f.stateFundedAdults.value,
	},
	{
		name: 'crimeVictimCompensation',
		fact: 'crimeVictimCompensation',
		description: 'Name of the crime victim compensation (CVC) program.',
		read: (f) => f.crimeVictimCompensation.value?.name ?? null,
	},
	{
		name: 'crimeVictimCompensationUrl',
		fact: 'crimeVictimCompensation',
		description: "The compensation program's official page.",
		read: (f) => f.crimeVictimCompensation.value?.url ?? null,
	},
	{
		name: 'medicaidAgency',
		fact: 'medicaidAgency',
		description: 'Name of the agency that runs Medicaid.',
		read: (f) => f.medicaidAgency.value?.name ?? null,
	},
	{
		name: 'medicaidAgencyUrl',
		fact: 'medicaidAgency',
		description: "The Medicaid agency's site.",
		read: (f) => f.medicaidAgency.value?.url ?? null,
	},
	// Facts added with the "Report and call" block and the coverage rules.
	{
		name: 'crimeVictimCompensationCoversTrafficking',
		fact: 'crimeVictimCompensation',
		description: "true if the compensation program's sources say it covers losses from trafficking; empty if they do not say.",
		read: (f) => f.crimeVictimCompensation.value?.coversTrafficking ?? null,
	},
	{
		name: 'crimeVictimCompensationConditions',
		fact: 'crimeVictimCompensation',
		description: "Deadlines, police-report rules or what trafficking victims can claim, in this site's words.",
		read: (f) => f.crimeVictimCompensation.value?.conditions ?? null,
	},
	{
		name: 'medicaidApplication',
		fact: 'medicaidApplication',
		description: 'Where people apply for Medicaid and CHIP (portal or office name).',
		read: (f) => v(f.medicaidApplication?.value?.name),
	},
	{
		name: 'medicaidApplicationUrl',
		fact: 'medicaidApplication',
		description: 'Online application address.',
		read: (f) => v(f.medicaidApplication?.value?.url),
	},
	{
		name: 'medicaidApplicationPhone',
		fact: 'medicaidApplication',
		description: 'Phone line for applications.',
		read: (f) => v(f.medicaidApplication?.value?.phone),
	},
	{
		name: 'medicaidApplicationAgency',
		fact: 'medicaidApplication',
		description: 'Agency that takes applications, when it is not the Medicaid agency.',
		read: (f) => v(f.medicaidApplication?.value?.agency),
	},
	{
		name: 'chipUnbornChild',
		fact: 'chipUnbornChild',
		description: 'true if the state covers pregnancy regardless of immigration status through the CHIP "unborn child" option (FCEP).',
		read: (f) => v(f.chipUnbornChild?.value),
	},
	{
		name: 'chipUnbornChildProgram',
		fact: 'chipUnbornChild',
		description: 'Name of that program.',
		read: (f) => v(f.chipUnbornChild?.program),
	},
	{
		name: 'chipUnbornChildIncomeLimitFpl',
		fact: 'chipUnbornChild',
		description: 'Its income limit, in percent of the federal poverty level (FPL).',
		read: (f) => v(f.chipUnbornChild?.incomeLimitFpl),
	},
	{
		name: 'stateFundedCoverage',
		fact: 'stateFundedCoverage',
		description: `State-funded coverage programs for people federal Medicaid and CHIP do not cover, names separated by "${LIST_SEPARATOR.trim()}". An empty list (verified: none) is an empty string in JSON; see the Note and AsOf columns in CSV.`,
		read: (f) => programNames(f.stateFundedCoverage?.value),
	},
	{
		name: 'stateFundedCoverageUrls',
		fact: 'stateFundedCoverage',
		description: 'Their official pages, in the same order.',
		read: (f) => programUrls(f.stateFundedCoverage?.value),
	},
	{
		name: 'survivorPrograms',
		fact: 'survivorPrograms',
		description: `State programs specifically for trafficking survivors, names separated by "${LIST_SEPARATOR.trim()}".`,
		read: (f) => programNames(f.survivorPrograms?.value),
	},
	{
		name: 'survivorProgramsUrls',
		fact: 'survivorPrograms',
		description: 'Their official pages, in the same order.',
		read: (f) => programUrls(f.survivorPrograms?.value),
	},
	{
		name: 'childAbuseReportingAgency',
		fact: 'childAbuseReporting',
		description: 'Agency that takes reports of suspected abuse or trafficking of a child.',
		read: (f) => v(f.childAbuseReporting?.value?.agency),
	},
	{
		name: 'childAbuseReportingUrl',
		fact: 'childAbuseReporting',
		description: "The agency's page on how to report.",
		read: (f) => v(f.childAbuseReporting?.value?.url),
	},
	{
		name: 'childAbuseReportingPhone',
		fact: 'childAbuseReporting',
		description: 'Statewide intake line; empty when reports go to county agencies.',
		read: (f) => v(f.childAbuseReporting?.value?.phone),
	},
	{
		name: 'childAbuseReportingHours',
		fact: 'childAbuseReporting',
		description: 'When the intake line answers.',
		read: (f) => v(f.childAbuseReporting?.value?.hours),
	},
	{
		name: 'childAbuseReportingOnline',
		fact: 'childAbuseReporting',
		description: 'Online report for situations that are not emergencies.',
		read: (f) => v(f.childAbuseReporting?.value?.onlineReport),
	},
	{
		name: 'childAbuseReportingCountyBased',
		fact: 'childAbuseReporting',
		description: 'true when reports go to county agencies rather than one statewide line.',
		read: (f) => v(f.childAbuseReporting?.value?.countyBased),
	},
	{
		name: 'childAbuseReportingCountyDirectory',
		fact: 'childAbuseReporting',
		description: "The state's page listing county numbers.",
		read: (f) => v(f.childAbuseReporting?.value?.countyDirectory),
	},
	{
		name: 'childAbuseReportingAlsoReport',
		fact: 'childAbuseReporting',
		description: 'Whether health professionals must also tell law enforcement or another body.',
		read: (f) => v(f.childAbuseReporting?.value?.alsoReport),
	},
	{
		name: 'childAbuseReportingStatute',
		fact: 'childAbuseReporting',
		description: 'The child-abuse reporting statute.',
		read: (f) => v(f.childAbuseReporting?.value?.statute),
	},
	{
		name: 'adultTraffickingReporting',
		fact: 'adultTraffickingReporting',
		description: 'Duty of health professionals to report trafficking of an adult: required, permitted or not-required.',
		read: (f) => v(f.adultTraffickingReporting?.value),
	},
	{
		name: 'adultTraffickingReportingStatute',
		fact: 'adultTraffickingReporting',
		description: 'The statute that sets the duty or permission.',
		read: (f) => v(f.adultTraffickingReporting?.statute),
	},
	{
		name: 'stateHotlines',
		fact: 'stateHotlines',
		description: `State trafficking or abuse lines beside the national ones, as "name: phone", separated by "${LIST_SEPARATOR.trim()}".`,
		read: (f) => list(f.stateHotlines?.value, (l) => `${l.name}: ${l.phone}`),
	},
	...(['Sti', 'Contraception', 'MentalHealth'] as const).flatMap((kind): ValueColumn[] => {
		const fact = `minorConsent${kind}` as const;
		const care = { Sti: 'STI testing and treatment', Contraception: 'contraception', MentalHealth: 'outpatient mental-health care' }[kind];
		return [
			{
				name: `${fact}Rule`,
				fact,
				description: `When a minor may consent to ${care}: any-age, from-age, conditional or no-statute.`,
				read: (f) => v(f[fact]?.value?.rule),
			},
			{ name: `${fact}MinAge`, fact, description: 'Youngest age that may consent, for from-age.', read: (f) => v(f[fact]?.value?.minAge) },
			{
				name: `${fact}Conditions`,
				fact,
				description: "Circumstances or limits, in this site's words.",
				read: (f) => v(f[fact]?.value?.conditions),
			},
			{ name: `${fact}Statute`, fact, description: 'The statute.', read: (f) => v(f[fact]?.value?.statute) },
		];
	}),
	{
		name: 'traffickingTaskForce',
		fact: 'traffickingTaskForce',
		description: "The state's anti-trafficking task force, council or coalition.",
		read: (f) => v(f.traffickingTaskForce?.value?.name),
	},
	{
		name: 'traffickingTaskForceUrl',
		fact: 'traffickingTaskForce',
		description: 'Its official page.',
		read: (f) => v(f.traffickingTaskForce?.value?.url),
	},
	{
		name: 'traffickingTaskForceContact',
		fact: 'traffickingTaskForce',
		description: 'Its public contact, as the source gives it.',
		read: (f) => v(f.traffickingTaskForce?.value?.contact),
	},
	{
		name: 'safeHarbor',
		fact: 'safeHarbor',
		description: 'How state law treats a minor sold for sex: no-prosecution, diversion, affirmative-defense or none.',
		read: (f) => v(f.safeHarbor?.value),
	},
	{ name: 'safeHarborStatute', fact: 'safeHarbor', description: 'The safe-harbor statute.', read: (f) => v(f.safeHarbor?.statute) },
];

/** Provenance columns, each `<fact><suffix>`, for every fact. */
export const PROVENANCE_COLUMNS = [
	{
		suffix: 'AsOf',
		description:
			'Date the source speaks for (YYYY-MM-DD or YYYY-MM); for an unverified fact, the day it was last looked for. Empty: not yet researched.',
	},
	{ suffix: 'Source', description: 'Address of the source the value was read in (from the bibliography).' },
	{
		suffix: 'SourceGrade',
		description: 'primary (read in the official source: agency, statute, CMS) or secondary (read in a summary; confirm with the primary).',
	},
	{ suffix: 'Note', description: 'Caveats; for an empty value, where to check.' },
] as const;

/** Identity columns, first in every record. */
export const IDENTITY_COLUMNS = [
	{ name: 'code', description: 'USPS code of the state, DC or territory (e.g. TX, DC, PR).' },
	{ name: 'name', description: 'Name of the jurisdiction.' },
	{
		name: 'url',
		description: "Address of the jurisdiction's guide on this site (a path from the site's root in builds without SITE_URL).",
	},
	{ name: 'reviewStatus', description: 'Review status of the guide: draft until a named clinician reviews it.' },
	{ name: 'kind', description: 'state, district (DC) or territory.' },
] as const;
