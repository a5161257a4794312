/**
 * Federal rules as dated data. Every date the coverage pages depend on is here and nowhere else: pages, the
 * navigator and the tests read them from this file. Each rule names its legal citation and the bibliography keys
 * of the sources read for it (content/data/bibliography/coverage-rules.yaml and federal-coverage.yaml).
 */
import type { RuleData } from './types.ts';

/** Day the sources behind these rules were last read: pages say the federal law is stated as of this day. */
export const RULES_CHECKED = '2026-12-03';

/** Key days of P.L. 119-21 and the rules around it. */
export const KEY_DATES = {
	/** P.L. 119-21 signed (date from KFF's summary; the enrolled text carries no date). */
	enactment: '2025-07-04',
	/** Section 71302: no credit for lawfully present people under 100% FPL barred from Medicaid (taxable years after 2025). */
	ptcUnder100Ends: '2026-01-01',
	/** Section 71109: new SSA 1903(v)(5). */
	medicaidStatusLimit: '2026-10-01',
	/** Section 71301: premium tax credit only for eligible aliens (taxable years after 2026). */
	ptcEligibleAliensOnly: '2027-01-01',
	/** Section 71112(d): applications from the first day of the first quarter beginning after 31 December 2026. */
	retroactiveCut: '2027-01-01',
	/** Section 71119, new SSA 1902(xx)(1): the same quarter, unless the state starts earlier. */
	communityEngagement: '2027-01-01',
	/** Section 71119, new SSA 1902(xx)(11): good-faith exemptions end no later than this day. */
	goodFaithExemptionEnds: '2028-12-31',
	/** Section 71201, new SSA 1899C(b): current enrollees lose Medicare 18 months after enactment. */
	medicareCurrentEnrolleesEnd: '2027-01-04',
	/** HHS notice reinterpreting "federal public benefit" under PRWORA (90 FR 31232), published this day. */
	prworaNotice: '2025-07-14',
} as const;

const dayBefore = (iso: string): string => {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - 1);
	return d.toISOString().slice(0, 10);
};

const HR1 = 'pl-119-21-enrolled';
const PRWORA = ['cbpp-nilc-2017-immigrant-eligibility', 'policyengine-medicaid-bar-exempt'];

/** The rules, by id. `from`/`until` bound the days each holds. */
export const FEDERAL_RULES = {
	'medicaid-citizen': {
		id: 'medicaid-citizen',
		citation: '42 U.S.C. 1396b(v)(5)(B)(i)',
		sources: [HR1],
		from: null,
		until: null,
	},
	'medicaid-qualified-before-71109': {
		id: 'medicaid-qualified-before-71109',
		citation: '8 U.S.C. 1641(b), 1613; 42 U.S.C. 1396b(v)(1)',
		sources: PRWORA,
		from: null,
		until: dayBefore(KEY_DATES.medicaidStatusLimit),
	},
	'medicaid-71109': {
		id: 'medicaid-71109',
		citation: 'P.L. 119-21 § 71109; 42 U.S.C. 1396b(v)(5)',
		sources: [HR1, 'cms-sho-26-001'],
		from: KEY_DATES.medicaidStatusLimit,
		until: null,
	},
	'five-year-bar': {
		id: 'five-year-bar',
		citation: '8 U.S.C. 1613(a), (b)(1)',
		sources: [...PRWORA, 'cms-sho-26-001'],
		from: null,
		until: null,
	},
	'trafficking-refugee-equivalent': {
		id: 'trafficking-refugee-equivalent',
		citation: '22 U.S.C. 7105(b)(1)(A), (C), (E)',
		sources: ['mo-dss-trafficking-victims-manual', 'tvpra-2008-stat-122-5063', 'otip-2021-adult-certification'],
		from: null,
		until: dayBefore(KEY_DATES.medicaidStatusLimit),
	},
	't-applicant-qualified-alien': {
		id: 't-applicant-qualified-alien',
		citation: '8 U.S.C. 1641(c)(4)',
		sources: ['tvpra-2008-stat-122-5063'],
		from: null,
		until: dayBefore(KEY_DATES.medicaidStatusLimit),
	},
	'not-qualified-alien': {
		id: 'not-qualified-alien',
		citation: '8 U.S.C. 1641(b), (c); 42 U.S.C. 1396b(v)(1)',
		sources: ['cbpp-nilc-2017-immigrant-eligibility'],
		from: null,
		until: null,
	},
	ichia: {
		id: 'ichia',
		citation: '42 U.S.C. 1396b(v)(4); CHIPRA 2009 § 214; P.L. 119-21 § 71109 (paragraph (4) kept)',
		sources: [HR1, 'cms-sho-10-006', 'policyengine-lawfully-residing-statuses', 'cms-sho-26-001'],
		from: null,
		until: null,
	},
	'chip-unborn-child': {
		id: 'chip-unborn-child',
		citation: '42 CFR 457.10 ("targeted low-income child", unborn child option); P.L. 119-21 § 71109(b)',
		sources: ['ccf-2025-immigrant-eligibility-copy', HR1],
		from: null,
		until: null,
	},
	'emergency-medicaid': {
		id: 'emergency-medicaid',
		citation: '42 U.S.C. 1396b(v)(2), (v)(5) ("except as provided in paragraphs (2) and (4)")',
		sources: [HR1, 'md-comar-10-09-24-05-2'],
		from: null,
		until: null,
	},
	'retroactive-three-months': {
		id: 'retroactive-three-months',
		citation: '42 U.S.C. 1396a(a)(34), 1396d(a) (before P.L. 119-21 § 71112)',
		sources: [HR1],
		from: null,
		until: dayBefore(KEY_DATES.retroactiveCut),
	},
	'retroactive-71112': {
		id: 'retroactive-71112',
		citation: 'P.L. 119-21 § 71112; 42 U.S.C. 1396a(a)(34)(A)-(B), 1397bb(b)(1)(B)(vi)',
		sources: [HR1],
		from: KEY_DATES.retroactiveCut,
		until: null,
	},
	'community-engagement-71119': {
		id: 'community-engagement-71119',
		citation: 'P.L. 119-21 § 71119; 42 U.S.C. 1396a(xx)',
		sources: [HR1, 'cms-2026-community-engagement-ifc'],
		from: KEY_DATES.communityEngagement,
		until: null,
	},
	'state-funded': {
		id: 'state-funded',
		citation: 'State law (see the program source)',
		sources: [],
		from: null,
		until: null,
	},
	rma: {
		id: 'rma',
		citation: '45 CFR 400.100; 22 U.S.C. 7105(b)(1)(A)',
		sources: ['orr-sl-13-10', 'orr-2025-rma-notice', 'mo-dss-trafficking-victims-manual'],
		from: null,
		until: null,
	},
	urm: {
		id: 'urm',
		citation: '22 U.S.C. 7105(b)(1)(C); ORR URM Guide § 1.1; ORR State Letter 14-01',
		sources: ['orr-urm-guide-section-1', 'orr-sl-14-01-urm-u-status', 'otip-eligibility-letters'],
		from: null,
		until: null,
	},
	'ptc-lawfully-present': {
		id: 'ptc-lawfully-present',
		citation: '26 U.S.C. 36B(e) (before P.L. 119-21 § 71301); § 71302 from taxable year 2026',
		sources: ['navigator-guide-ptc-lawfully-present', HR1],
		from: null,
		until: dayBefore(KEY_DATES.ptcEligibleAliensOnly),
	},
	'ptc-71301': {
		id: 'ptc-71301',
		citation: 'P.L. 119-21 § 71301; 26 U.S.C. 36B(e)(2)(B)',
		sources: [HR1],
		from: KEY_DATES.ptcEligibleAliensOnly,
		until: null,
	},
	'ptc-not-lawfully-present': {
		id: 'ptc-not-lawfully-present',
		citation: '26 U.S.C. 36B(e)(1)',
		sources: [HR1],
		from: null,
		until: null,
	},
	'marketplace-lawfully-present': {
		id: 'marketplace-lawfully-present',
		citation: '42 U.S.C. 18032(f)(3); 45 CFR 155.20 ("lawfully present")',
		sources: ['cms-2025-marketplace-integrity-rule', 'navigator-guide-ptc-lawfully-present'],
		from: null,
		until: null,
	},
	'medicare-71201': {
		id: 'medicare-71201',
		citation: 'P.L. 119-21 § 71201; 42 U.S.C. 1395 note (SSA § 1899C)',
		sources: [HR1, 'phlp-2025-medicare-restrictions'],
		from: KEY_DATES.enactment,
		until: null,
	},
	'crime-victim-compensation': {
		id: 'crime-victim-compensation',
		citation: '34 U.S.C. 20102 (VOCA compensation grants); state law',
		sources: ['ovc-2016-compensation-factsheet'],
		from: null,
		until: null,
	},
	'safety-net-clinics': {
		id: 'safety-net-clinics',
		citation: '42 U.S.C. 254b (health centers); 42 U.S.C. 300 (Title X); 42 U.S.C. 300ff (Ryan White); 90 FR 31232',
		sources: [
			'hrsa-what-is-a-health-center',
			'opa-2024-title-x-clinics',
			'hrsa-about-ryan-white',
			'hhs-2025-prwora-notice',
			'sligo-2025-prwora-injunctions',
		],
		from: null,
		until: null,
	},
} as const satisfies Record<string, RuleData>;

export type FederalRuleId = keyof typeof FEDERAL_RULES;

/** Every day on which some federal rule starts or stops: the clock tests pin each side of these. */
export function federalBreakpoints(): string[] {
	const days = new Set<string>(Object.values(KEY_DATES));
	for (const rule of Object.values(FEDERAL_RULES) as RuleData[]) {
		if (rule.from) days.add(rule.from);
		if (rule.until) days.add(nextDay(rule.until));
	}
	return [...days].sort();
}

export function nextDay(iso: string): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}
export { dayBefore };

/** Every bibliography key the federal rules cite, once: state guides list them in their references. */
export const RULE_SOURCES: readonly string[] = [...new Set((Object.values(FEDERAL_RULES) as RuleData[]).flatMap((r) => r.sources))];
