/**
 * The coverage rules as small pure functions. `coverageRoutes` answers one question (jurisdiction facts, day,
 * patient group, immigration situation) with every route; each route function below decides one route from the
 * rules in `federal-rules.ts` and the state's facts. No prose: outcomes are codes the pages put into words.
 */
import type { ImmigrationSituation, PatientGroup } from '../schemas/vocabulary.ts';
import { dayBefore, FEDERAL_RULES, type FederalRuleId, federalBreakpoints, KEY_DATES, nextDay } from './federal-rules.ts';
import {
	type ConditionCode,
	type CoverageQuestion,
	type Fact,
	type JurisdictionFacts,
	type ReasonCode,
	ROUTE_CODES,
	type RouteCode,
	type RouteOutcome,
	type RouteStatus,
	type StateProgramInput,
} from './types.ts';

/** An outcome before its validity window is worked out. */
type Decision = Omit<RouteOutcome, 'route' | 'holdsFrom' | 'holdsUntil'>;
type Q = CoverageQuestion;

const onOrAfter = (day: string, from: string) => day >= from;

function federal(id: FederalRuleId, status: RouteStatus, reason: ReasonCode, conditions: ConditionCode[] = []): Decision {
	const rule = FEDERAL_RULES[id];
	return { status, reason, rule: rule.id, citation: rule.citation, sources: [...rule.sources], conditions };
}

function fromFact(
	name: keyof JurisdictionFacts,
	fact: Fact<unknown> | undefined,
	ruleId: FederalRuleId,
	status: RouteStatus,
	reason: ReasonCode,
	conditions: ConditionCode[] = [],
): Decision {
	const rule = FEDERAL_RULES[ruleId];
	const sources = [...(fact?.source ? [fact.source] : []), ...rule.sources];
	return { status, reason, rule: `fact:${name}`, citation: rule.citation, sources, conditions };
}

/** Situations that federal law treats like refugees once certified (adults) or with an Eligibility Letter (children). */
const REFUGEE_EQUIVALENT: readonly ImmigrationSituation[] = ['t-visa', 'continued-presence', 'eligibility-letter'];
const NOT_QUALIFIED: readonly ImmigrationSituation[] = ['u-visa', 'asylum-applicant', 'no-status'];
const isMinorGroup = (g: PatientGroup) => g === 'child' || g === 'pregnant';

/** Full federal Medicaid/CHIP (not the ICHIA option, not Emergency Medicaid). */
export function fullMedicaid(q: Q): Decision {
	const { situation: s, group: g, date } = q;
	if (s === 'citizen') return federal('medicaid-citizen', 'open', 'eligible-status', ['income-and-residency', ...workConditions(q)]);
	if (s === 'lpr-5-plus')
		return onOrAfter(date, KEY_DATES.medicaidStatusLimit)
			? federal('medicaid-71109', 'open', 'eligible-status', ['income-and-residency', ...workConditions(q)])
			: federal('medicaid-qualified-before-71109', 'open', 'eligible-status', ['income-and-residency', ...workConditions(q)]);
	if (s === 'lpr-under-5') return federal('five-year-bar', 'closed', 'five-year-bar', ['former-refugee-or-survivor-may-be-exempt']);
	if (NOT_QUALIFIED.includes(s)) return federal('not-qualified-alien', 'closed', 'not-qualified-alien');
	if (onOrAfter(date, KEY_DATES.medicaidStatusLimit)) return federal('medicaid-71109', 'closed', 'status-not-listed-71109');
	if (s === 'eligibility-letter' && !isMinorGroup(g)) return federal('trafficking-refugee-equivalent', 'closed', 'group-not-covered');
	if (REFUGEE_EQUIVALENT.includes(s))
		return federal(
			'trafficking-refugee-equivalent',
			'open',
			'refugee-equivalent',
			s === 'continued-presence' ? ['after-certification', 'income-and-residency'] : ['income-and-residency'],
		);
	// t-pending before section 71109 takes effect: a qualified alien, but whether the five-year bar applies before certification was not read.
	return federal('t-applicant-qualified-alien', 'not-verified', 'uncertified-bar-unclear');
}

function workConditions(q: Q): ConditionCode[] {
	const expansion = q.facts.medicaidExpansion?.value;
	if (q.group !== 'adult' || expansion !== true || !onOrAfter(q.date, KEY_DATES.communityEngagement)) return [];
	return q.date <= KEY_DATES.goodFaithExemptionEnds ? ['community-engagement', 'good-faith-exemption-possible'] : ['community-engagement'];
}

/** Lawfully residing, for the ICHIA option: open, closed, or not verified for this situation. */
function lawfullyResiding(s: ImmigrationSituation): 'yes' | 'no' | 'unclear' {
	if (s === 'lpr-under-5' || s === 't-visa' || s === 't-pending' || s === 'eligibility-letter') return 'yes';
	if (s === 'no-status') return 'no';
	if (s === 'continued-presence' || s === 'u-visa' || s === 'asylum-applicant') return 'unclear';
	return 'yes';
}

/** ICHIA / CHIPRA 214: lawfully residing children and pregnant people, at state option, federally funded. */
export function ichia(q: Q): Decision {
	const { group: g, situation: s } = q;
	if (!isMinorGroup(g)) return federal('ichia', 'closed', 'group-not-covered');
	if (s === 'citizen' || s === 'lpr-5-plus') return federal('ichia', 'closed', 'full-coverage-applies');
	const name = g === 'child' ? 'ichiaChildren' : 'ichiaPregnant';
	const fact = q.facts[name];
	if (!fact || fact.value === null) return fromFact(name, fact, 'ichia', 'not-verified', 'fact-missing');
	if (fact.value === false) return fromFact(name, fact, 'ichia', 'closed', 'state-option-not-elected');
	const residing = lawfullyResiding(s);
	if (residing === 'no') return federal('ichia', 'closed', 'not-lawfully-residing');
	if (residing === 'unclear') return fromFact(name, fact, 'ichia', 'not-verified', 'lawfully-residing-unclear');
	return fromFact(name, fact, 'ichia', 'open', 'state-option-elected', ['income-and-residency']);
}

/** CHIP "unborn child" (FCEP, e.g. Texas CHIP Perinatal): no immigration test, pregnancy services only. */
export function chipUnbornChild(q: Q): Decision {
	if (q.group !== 'pregnant') return federal('chip-unborn-child', 'closed', 'group-not-covered');
	const fact = q.facts.chipUnbornChild;
	if (!fact || fact.value === null) return fromFact('chipUnbornChild', fact, 'chip-unborn-child', 'not-verified', 'fact-missing');
	if (fact.value === false) return fromFact('chipUnbornChild', fact, 'chip-unborn-child', 'closed', 'state-option-not-elected');
	return fromFact('chipUnbornChild', fact, 'chip-unborn-child', 'open', 'no-immigration-test', [
		'income-and-residency',
		'pregnancy-services-only',
	]);
}

/** Emergency Medicaid: for anyone whose status keeps them out of full coverage (42 U.S.C. 1396b(v)(2)). */
export function emergencyMedicaid(q: Q): Decision {
	const full = fullMedicaid(q).status;
	const viaIchia = ichia(q).status;
	if (full === 'open' || viaIchia === 'open') return federal('emergency-medicaid', 'closed', 'full-coverage-applies');
	return federal('emergency-medicaid', 'open', 'emergency-only', ['income-and-residency']);
}

const COVERAGE_BENEFITS = new Set(['full-coverage', 'limited-coverage']);

function programMatches(p: StateProgramInput, q: Q): boolean {
	return (
		COVERAGE_BENEFITS.has(p.benefits.length ? (p.benefits.find((b) => COVERAGE_BENEFITS.has(b)) ?? '') : 'full-coverage') &&
		(p.groups.length === 0 || p.groups.includes(q.group)) &&
		(p.situations.length === 0 || p.situations.includes(q.situation)) &&
		p.enrollment === 'open' &&
		(p.from === null || p.from <= q.date) &&
		(p.until === null || q.date <= p.until)
	);
}

/** State-funded coverage and survivor programs that give health coverage, by population. */
export function stateFunded(q: Q): Decision {
	const general = q.facts.stateFundedCoverage;
	const survivor = q.facts.survivorPrograms;
	const known = [general, survivor].filter((f): f is Fact<readonly StateProgramInput[]> => Boolean(f && f.value !== null));
	const matches = known.flatMap((f) => (f.value ?? []).filter((p) => programMatches(p, q)));
	const programs = matches.map((p) => ({ name: p.name, url: p.url, source: p.source }));
	const sources = [...new Set(matches.map((p) => p.source))];
	const rule = FEDERAL_RULES['state-funded'];
	if (matches.length > 0)
		return {
			status: 'open',
			reason: 'state-program-matches',
			rule: 'fact:stateFundedCoverage',
			citation: rule.citation,
			sources,
			conditions: ['state-program-rules'],
			programs,
		};
	const missing = !general || general.value === null;
	return {
		status: missing ? 'not-verified' : 'closed',
		reason: missing ? 'fact-missing' : 'no-state-program-matches',
		rule: 'fact:stateFundedCoverage',
		citation: rule.citation,
		sources: [...(general?.source ? [general.source] : [])],
		conditions: [],
	};
}

/** Refugee Medical Assistance: refugee-equivalent survivors not eligible for Medicaid, for a limited time. */
export function refugeeMedicalAssistance(q: Q): Decision {
	const { situation: s, group: g } = q;
	if (s === 'eligibility-letter' && !isMinorGroup(g)) return federal('rma', 'closed', 'group-not-covered');
	if (s === 't-pending') return federal('rma', 'not-verified', 'needs-certification', ['after-certification']);
	if (!REFUGEE_EQUIVALENT.includes(s)) return federal('rma', 'closed', 'not-refugee-eligible');
	const conditions: ConditionCode[] = ['medicaid-first', 'time-limited'];
	if (s === 'continued-presence') conditions.unshift('after-certification');
	return federal('rma', 'open', 'refugee-equivalent', conditions);
}

/** Unaccompanied Refugee Minors: children with an Eligibility Letter, or granted U status, who are unaccompanied. */
export function urm(q: Q): Decision {
	const { situation: s, group: g } = q;
	if (!isMinorGroup(g)) return federal('urm', 'closed', 'group-not-covered');
	if (s === 'eligibility-letter') return federal('urm', 'open', 'unaccompanied-minor-program', ['unaccompanied']);
	if (s === 'u-visa') return federal('urm', 'open', 'unaccompanied-minor-program', ['unaccompanied', 'u-status-granted']);
	return federal('urm', 'closed', 'not-refugee-eligible');
}

const PTC_ELIGIBLE: readonly ImmigrationSituation[] = ['citizen', 'lpr-under-5', 'lpr-5-plus'];
const LAWFULLY_PRESENT_KNOWN: readonly ImmigrationSituation[] = ['t-visa', 'continued-presence', 'eligibility-letter'];

/** Where the state has no Marketplace (territories), both Marketplace routes are closed. */
function noMarketplace(q: Q, id: FederalRuleId): Decision | null {
	const m = q.facts.marketplace;
	return m?.value === 'none' ? fromFact('marketplace', m, id, 'closed', 'no-marketplace') : null;
}

/** Marketplace plan with premium tax credits. */
export function marketplacePtc(q: Q): Decision {
	const s = q.situation;
	const none = noMarketplace(q, 'ptc-71301');
	if (none) return none;
	if (s === 'no-status') return federal('ptc-not-lawfully-present', 'closed', 'not-lawfully-present');
	if (PTC_ELIGIBLE.includes(s)) return federal('ptc-71301', 'open', 'ptc-eligible-alien', ['income-and-residency']);
	if (onOrAfter(q.date, KEY_DATES.ptcEligibleAliensOnly)) return federal('ptc-71301', 'closed', 'ptc-not-eligible-alien-71301');
	const conditions: ConditionCode[] = ['income-and-residency', 'last-plan-year-with-credit'];
	if (onOrAfter(q.date, KEY_DATES.ptcUnder100Ends)) conditions.push('income-at-least-100-fpl');
	if (LAWFULLY_PRESENT_KNOWN.includes(s)) return federal('ptc-lawfully-present', 'open', 'ptc-lawfully-present', conditions);
	return federal('ptc-lawfully-present', 'not-verified', 'ptc-status-unclear');
}

/** Marketplace plan at full price (no credit): lawfully present people only. */
export function marketplaceNoPtc(q: Q): Decision {
	const s = q.situation;
	const none = noMarketplace(q, 'marketplace-lawfully-present');
	if (none) return none;
	if (PTC_ELIGIBLE.includes(s) || LAWFULLY_PRESENT_KNOWN.includes(s))
		return federal('marketplace-lawfully-present', 'open', 'eligible-status', ['income-and-residency']);
	return federal('marketplace-lawfully-present', 'not-verified', 'marketplace-status-unclear');
}

/** Medicare (65 and older): section 71201 limits it to citizens, LPRs, Cuban/Haitian entrants, COFA migrants. */
export function medicare(q: Q): Decision {
	const s = q.situation;
	if (q.group !== 'older-adult') return federal('medicare-71201', 'closed', 'group-not-covered');
	if (s === 'citizen' || s === 'lpr-5-plus')
		return federal('medicare-71201', 'open', 'medicare-eligible-status', ['work-history-or-buy-in']);
	if (s === 'lpr-under-5') return federal('medicare-71201', 'not-verified', 'medicare-work-history-unclear');
	if (!onOrAfter(q.date, KEY_DATES.enactment)) return federal('medicare-71201', 'not-verified', 'medicare-before-71201-not-modelled');
	return q.date < KEY_DATES.medicareCurrentEnrolleesEnd
		? federal('medicare-71201', 'closed', 'medicare-status-limited-71201', ['current-enrollees-until-cutoff'])
		: federal('medicare-71201', 'closed', 'medicare-status-limited-71201');
}

/** The state's crime victim compensation program: a payer of last resort for crime-related costs. */
export function crimeVictimCompensation(q: Q): Decision {
	const fact = q.facts.crimeVictimCompensation;
	if (!fact || fact.value === null || fact.value.coversTrafficking === false)
		return fromFact('crimeVictimCompensation', fact, 'crime-victim-compensation', 'not-verified', 'fact-missing');
	return fromFact('crimeVictimCompensation', fact, 'crime-victim-compensation', 'open', 'state-compensation-program', [
		'state-program-rules',
	]);
}

/** Health centers, Title X clinics, Ryan White: care whatever the ability to pay; the HHS PRWORA notice is litigated. */
export function safetyNetClinics(q: Q): Decision {
	const conditions: ConditionCode[] =
		NOT_QUALIFIED.includes(q.situation) && onOrAfter(q.date, KEY_DATES.prworaNotice) ? ['prwora-notice-litigation'] : [];
	return federal('safety-net-clinics', 'open', 'serves-regardless-of-ability-to-pay', conditions);
}

/** Months of retroactive coverage before the month of application (section 71112), or null when unknown. */
export function retroactiveMonths(q: Q): { months: number | null; rule: string } {
	if (!onOrAfter(q.date, KEY_DATES.retroactiveCut)) return { months: 3, rule: FEDERAL_RULES['retroactive-three-months'].id };
	const expansion = q.facts.medicaidExpansion?.value;
	const rule = FEDERAL_RULES['retroactive-71112'].id;
	if (q.group !== 'adult') return { months: 2, rule };
	if (expansion === null || expansion === undefined) return { months: null, rule };
	return { months: expansion ? 1 : 2, rule };
}

const DECIDERS: Record<RouteCode, (q: Q) => Decision> = {
	'full-medicaid': fullMedicaid,
	ichia,
	'chip-unborn-child': chipUnbornChild,
	'emergency-medicaid': emergencyMedicaid,
	'state-funded': stateFunded,
	'refugee-medical-assistance': refugeeMedicalAssistance,
	urm,
	'marketplace-ptc': marketplacePtc,
	'marketplace-no-ptc': marketplaceNoPtc,
	medicare,
	'crime-victim-compensation': crimeVictimCompensation,
	'safety-net-clinics': safetyNetClinics,
};

const MEDICAID_ROUTES: ReadonlySet<RouteCode> = new Set(['full-medicaid', 'ichia', 'emergency-medicaid']);

/** Days on which any input of this question can change: federal dates and the state's program dates. */
function breakpoints(q: Q): string[] {
	const days = new Set(federalBreakpoints());
	for (const f of [q.facts.stateFundedCoverage, q.facts.survivorPrograms])
		for (const p of f?.value ?? []) {
			if (p.from) days.add(p.from);
			if (p.until) days.add(nextDay(p.until));
		}
	return [...days].sort();
}

/** What a reader would see change: status, reason, rule, conditions and, for Medicaid routes, the retroactive months. */
function signature(route: RouteCode, q: Q): string {
	const d = DECIDERS[route](q);
	const retro = MEDICAID_ROUTES.has(route) && d.status === 'open' ? retroactiveMonths(q).months : '';
	return [d.status, d.reason, d.rule, d.conditions.join('+'), retro].join('|');
}

/** First and last day on which the route's outcome stays the same (null: as far as the rules reach). */
function window(route: RouteCode, q: Q): { holdsFrom: string | null; holdsUntil: string | null } {
	const here = signature(route, q);
	const days = breakpoints(q);
	let holdsFrom: string | null = null;
	for (const day of days.filter((x) => x <= q.date).reverse()) {
		if (signature(route, { ...q, date: dayBefore(day) }) !== here) {
			holdsFrom = day;
			break;
		}
	}
	let holdsUntil: string | null = null;
	for (const day of days.filter((x) => x > q.date)) {
		if (signature(route, { ...q, date: day }) !== here) {
			holdsUntil = dayBefore(day);
			break;
		}
	}
	return { holdsFrom, holdsUntil };
}

/** Every route for one question, in a fixed order. */
export function coverageRoutes(q: Q): RouteOutcome[] {
	return ROUTE_CODES.map((route) => {
		const d = DECIDERS[route](q);
		const out: RouteOutcome = { route, ...d, ...window(route, q) };
		if (MEDICAID_ROUTES.has(route) && d.status === 'open') out.retroactiveMonths = retroactiveMonths(q).months;
		return out;
	});
}
