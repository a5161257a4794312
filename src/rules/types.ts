/**
 * Types of the coverage rules: what goes in (a jurisdiction's facts, a day, a patient group, an immigration
 * situation) and what comes out (every route, open, closed or not verified, with the rule that decided it).
 * Codes only: the words readers see live in `content/i18n/` and on the pages.
 */
import type { ImmigrationSituation, PatientGroup } from '../schemas/vocabulary.ts';

/** Coverage routes the rules decide. Codes are used in URLs and JSON downloads: never rename one. */
export const ROUTE_CODES = [
	'full-medicaid',
	'ichia',
	'chip-unborn-child',
	'emergency-medicaid',
	'state-funded',
	'refugee-medical-assistance',
	'urm',
	'marketplace-ptc',
	'marketplace-no-ptc',
	'medicare',
	'crime-victim-compensation',
	'safety-net-clinics',
] as const;
export type RouteCode = (typeof ROUTE_CODES)[number];

export const ROUTE_STATUSES = ['open', 'closed', 'not-verified'] as const;
export type RouteStatus = (typeof ROUTE_STATUSES)[number];

/** Why a route is open, closed or not verified (one code per outcome; the page words it). */
export const REASON_CODES = [
	'eligible-status',
	'five-year-bar',
	'status-not-listed-71109',
	'not-qualified-alien',
	'refugee-equivalent',
	'uncertified-bar-unclear',
	'lawfully-residing',
	'lawfully-residing-unclear',
	'not-lawfully-residing',
	'state-option-elected',
	'state-option-not-elected',
	'fact-missing',
	'no-immigration-test',
	'full-coverage-applies',
	'emergency-only',
	'state-program-matches',
	'no-state-program-matches',
	'group-not-covered',
	'not-refugee-eligible',
	'needs-certification',
	'unaccompanied-minor-program',
	'ptc-eligible-alien',
	'ptc-lawfully-present',
	'ptc-status-unclear',
	'ptc-not-eligible-alien-71301',
	'not-lawfully-present',
	'marketplace-status-unclear',
	'no-marketplace',
	'medicare-eligible-status',
	'medicare-status-limited-71201',
	'medicare-work-history-unclear',
	'medicare-before-71201-not-modelled',
	'state-compensation-program',
	'serves-regardless-of-ability-to-pay',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Conditions that come with an open route (what else must be true, what to watch). */
export const CONDITION_CODES = [
	'income-and-residency',
	'community-engagement',
	'good-faith-exemption-possible',
	'former-refugee-or-survivor-may-be-exempt',
	'after-certification',
	'medicaid-first',
	'time-limited',
	'unaccompanied',
	'u-status-granted',
	'income-at-least-100-fpl',
	'last-plan-year-with-credit',
	'work-history-or-buy-in',
	'current-enrollees-until-cutoff',
	'prwora-notice-litigation',
	'state-program-rules',
	'pregnancy-services-only',
] as const;
export type ConditionCode = (typeof CONDITION_CODES)[number];

/** A dated rule: what it says is data elsewhere; here, where it comes from and when it holds. */
export interface RuleData {
	/** Stable id, e.g. `medicaid-71109`; pages link to `#rule-<id>`. */
	id: string;
	/** Legal citation as lawyers write it (statute, regulation, guidance). */
	citation: string;
	/** Bibliography keys of the sources read for the rule. */
	sources: readonly string[];
	/** First day the rule holds (YYYY-MM-DD), or null when it held before any day modelled. */
	from: string | null;
	/** Last day it holds, or null when no end is known. */
	until: string | null;
}

/** The part of a state guide's facts the rules read. Optional facts may be absent: then "not verified". */
export interface Fact<V> {
	value: V | null;
	source: string | null;
}
export interface StateProgramInput {
	name: string;
	url: string;
	groups: readonly PatientGroup[];
	situations: readonly ImmigrationSituation[];
	benefits: readonly string[];
	enrollment: 'open' | 'closed-to-new' | 'ended';
	from: string | null;
	until: string | null;
	source: string;
}
export interface JurisdictionFacts {
	medicaidExpansion?: Fact<boolean> & { effective?: string | null };
	marketplace?: Fact<string> & { url?: string | null };
	ichiaChildren?: Fact<boolean>;
	ichiaPregnant?: Fact<boolean>;
	chipUnbornChild?: Fact<boolean> & { program?: string | null };
	stateFundedCoverage?: Fact<readonly StateProgramInput[]>;
	survivorPrograms?: Fact<readonly StateProgramInput[]>;
	crimeVictimCompensation?: Fact<{ name: string; url: string; coversTrafficking?: boolean | null }>;
}

export interface CoverageQuestion {
	jurisdiction: string;
	facts: JurisdictionFacts;
	/** The day asked about (YYYY-MM-DD). */
	date: string;
	group: PatientGroup;
	situation: ImmigrationSituation;
}

export interface RouteOutcome {
	route: RouteCode;
	status: RouteStatus;
	reason: ReasonCode;
	/** Id of the rule that decided it (a federal rule id, or `fact:<name>` for a state fact). */
	rule: string;
	citation: string;
	sources: string[];
	conditions: ConditionCode[];
	/** First and last day (inclusive) on which this same outcome holds; null = open-ended. */
	holdsFrom: string | null;
	holdsUntil: string | null;
	/** State programs that match, for `state-funded`. */
	programs?: { name: string; url: string; source: string }[];
	/** Months of retroactive Medicaid before the month of application (section 71112), for Medicaid routes. */
	retroactiveMonths?: number | null;
}
