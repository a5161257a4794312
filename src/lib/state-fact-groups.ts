/**
 * Every state fact, in the groups a state guide shows them in (reporting; coverage and where to apply; programs;
 * minors' consent; safe harbor and task force). One list, so the page, the downloads, the data dictionary and the
 * facts report name the same facts in the same order.
 */
import type { StateFacts } from '../schemas/state-guide.ts';

export type AnyFactKey = keyof StateFacts;
export type FactGroupId = 'reporting' | 'coverage' | 'programs' | 'consent' | 'protection';

export const FACT_GROUPS: readonly { id: FactGroupId; keys: readonly AnyFactKey[] }[] = [
	{ id: 'reporting', keys: ['childAbuseReporting', 'adultTraffickingReporting', 'stateHotlines'] },
	{
		id: 'coverage',
		keys: [
			'medicaidAgency',
			'medicaidApplication',
			'medicaidExpansion',
			'marketplace',
			'ichiaChildren',
			'ichiaPregnant',
			'chipUnbornChild',
			'postpartum12Months',
			'stateFundedChildren',
			'stateFundedAdults',
			'stateFundedCoverage',
		],
	},
	{ id: 'programs', keys: ['survivorPrograms', 'crimeVictimCompensation'] },
	{ id: 'consent', keys: ['minorConsentSti', 'minorConsentContraception', 'minorConsentMentalHealth'] },
	{ id: 'protection', keys: ['safeHarbor', 'traffickingTaskForce'] },
];

/** Every fact key, in page order. */
export const ALL_FACT_KEYS: readonly AnyFactKey[] = FACT_GROUPS.flatMap((g) => g.keys);

/** A fact of any kind, as the page and downloads read it (the optional ones may be absent). */
export type AnyFact = NonNullable<StateFacts[AnyFactKey]>;
