/**
 * One flat record per jurisdiction, from the state guides' frontmatter: the rows of the comparison table
 * and of the /data/states.json and /data/states.csv downloads, so pages, table and downloads cannot drift.
 */

import { siteHref } from '../config/site-origin.ts';
import type { BibliographyEntry } from '../schemas/bibliography.ts';
import type { FactKey, StateGuideData } from '../schemas/state-guide.ts';
import { JURISDICTIONS, type ReviewStatus } from '../schemas/vocabulary.ts';
import { entryUrl } from './reference-format.ts';
import { type Cell, VALUE_COLUMNS } from './state-columns.ts';
import { ALL_FACT_KEYS } from './state-fact-groups.ts';

export const FACT_KEYS: readonly FactKey[] = [
	'medicaidExpansion',
	'marketplace',
	'ichiaChildren',
	'ichiaPregnant',
	'postpartum12Months',
	'stateFundedChildren',
	'stateFundedAdults',
	'crimeVictimCompensation',
	'medicaidAgency',
];

export interface StateRecord {
	code: string;
	name: string;
	url: string;
	reviewStatus: string;
	kind: string;
	medicaidExpansion: boolean | null;
	medicaidExpansionDate: string | null;
	marketplaceType: string | null;
	marketplacePlanYear: number;
	marketplaceUrl: string | null;
	ichiaChildren: boolean | null;
	ichiaPregnant: boolean | null;
	postpartum12Months: boolean | null;
	stateFundedChildren: boolean | null;
	stateFundedAdults: boolean | null;
	crimeVictimCompensation: string | null;
	crimeVictimCompensationUrl: string | null;
	medicaidAgency: string | null;
	medicaidAgencyUrl: string | null;
	/** The other value columns (src/lib/state-columns.ts), and `<fact>AsOf`, `Source`, `SourceGrade`, `Note` for every fact. */
	[column: string]: Cell;
}

/** `reviewStatus` is the guide's review status, from its review records (src/lib/page-reviews.ts). */
export function stateRecord(
	data: StateGuideData,
	origin: string | undefined,
	bibliography: Map<string, BibliographyEntry>,
	reviewStatus: ReviewStatus = 'draft',
): StateRecord {
	const f = data.facts;
	const jurisdiction = JURISDICTIONS[data.jurisdiction];
	const record: Record<string, Cell> = {
		code: data.jurisdiction,
		name: jurisdiction.name,
		url: siteHref(`/states/${jurisdiction.slug}/`, origin),
		reviewStatus,
		kind: jurisdiction.kind,
	};
	for (const column of VALUE_COLUMNS) record[column.name] = column.read(f);
	// Every fact's provenance, also for facts not yet researched here (all empty), so every record has every column.
	for (const key of ALL_FACT_KEYS) {
		const fact = f[key];
		const source = fact?.source ? bibliography.get(fact.source) : undefined;
		record[`${key}AsOf`] = fact?.asOf ?? null;
		record[`${key}Source`] = source ? entryUrl(source) : null;
		record[`${key}SourceGrade`] = fact?.source ? fact.grade : null;
		record[`${key}Note`] = fact?.note ?? null;
	}
	return record as StateRecord;
}

/** Column order of the CSV: identity first, then values, then provenance. */
export function csvColumns(records: readonly StateRecord[]): string[] {
	return records.length === 0 ? [] : Object.keys(records[0]!);
}

function csvCell(value: unknown): string {
	if (value === null || value === undefined) return '';
	const text = String(value);
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV, with a header row; null is an empty cell. */
export function toCsv(records: readonly StateRecord[]): string {
	const columns = csvColumns(records);
	const rows = [columns.join(','), ...records.map((r) => columns.map((c) => csvCell(r[c as keyof StateRecord])).join(','))];
	return `${rows.join('\r\n')}\r\n`;
}
