/**
 * A page's review status from its review records and its current content: never reviewed (draft), reviewed,
 * changed since its review (and what changed), or due for review again. Pure, so pages, the review queue, the
 * report and the tests share it.
 */
import { REVIEW_PERIOD_MONTHS } from '../config/review-periods.ts';
import type { ReviewRecord } from '../schemas/review-record.ts';
import type { PageKind, ReviewStatus } from '../schemas/vocabulary.ts';
import { fingerprint, type Part, partsInScope } from './review-fingerprint.ts';

export interface PartChange {
	name: string;
	label: string;
	change: 'changed' | 'added' | 'removed';
}

export interface ReviewState {
	status: ReviewStatus;
	/** The latest review, if any. */
	record?: ReviewRecord;
	/** Day the next review is due (latest review + the kind's period). */
	due?: string;
	/** Months a review of this kind of page holds. */
	periodMonths: number;
	/** What differs from the reviewed content, when the status is `changed`. */
	changes: PartChange[];
}

/** `day` plus whole months, in UTC, kept within the month (31 January + 1 month = 28 or 29 February). */
export function addMonths(day: string, months: number): string {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
	return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** The latest of a page's reviews: the latest date, and of one date the last recorded. */
export function latestReview(records: readonly ReviewRecord[]): ReviewRecord | undefined {
	return records.reduce<ReviewRecord | undefined>((latest, r) => (!latest || r.date >= latest.date ? r : latest), undefined);
}

/** What changed between the reviewed parts and the current ones, within the review's scope. */
export function partChanges(record: ReviewRecord, current: readonly Part[]): PartChange[] {
	const now = new Map(partsInScope(current, record.sections).map((p) => [p.name, p]));
	const changes: PartChange[] = [];
	for (const [name, hash] of Object.entries(record.parts)) {
		const part = now.get(name);
		if (!part) changes.push({ name, label: name.replace(/^\w+:/, ''), change: 'removed' });
		else if (part.hash !== hash) changes.push({ name, label: part.label, change: 'changed' });
	}
	for (const part of now.values()) if (!(part.name in record.parts)) changes.push({ name: part.name, label: part.label, change: 'added' });
	return changes.sort((a, b) => a.name.localeCompare(b.name));
}

export function reviewState(records: readonly ReviewRecord[], current: readonly Part[], kind: PageKind, today: string): ReviewState {
	const periodMonths = REVIEW_PERIOD_MONTHS[kind];
	const record = latestReview(records);
	if (!record) return { status: 'draft', periodMonths, changes: [] };
	const due = addMonths(record.date, periodMonths);
	const unchanged = fingerprint(partsInScope(current, record.sections)) === record.fingerprint;
	const changes = unchanged ? [] : partChanges(record, current);
	const status: ReviewStatus = !unchanged ? 'changed' : today > due ? 'overdue' : 'reviewed';
	return { status, record, due, periodMonths, changes };
}
