/**
 * The review queue and report: every page with its review status (never reviewed, changed since review, overdue,
 * reviewed), longest-waiting first, with its kind, review period and what changed; and state facts whose "as of"
 * date is older than a given age. Pure: the queue page, `npm run review-report` and the tests share it.
 */
import type { PartChange } from '../lib/review-state.ts';
import type { StateFacts } from '../schemas/state-guide.ts';
import type { PageKind, ReviewStatus } from '../schemas/vocabulary.ts';

/** A page as the queue needs it: its review state already worked out (src/lib/page-reviews.ts). */
export interface QueueItem {
	id: string;
	title: string;
	kind: PageKind;
	status: ReviewStatus;
	/** Day of the latest review. */
	reviewedOn?: string;
	/** Day the next review is due. */
	due?: string;
	periodMonths: number;
	changes: PartChange[];
	reviewers: string[];
	/** Day the page last changed (git), for ordering pages never reviewed. */
	lastChanged?: string;
}

/** Order of the queue: what most needs a reviewer first. */
export const QUEUE_ORDER: readonly ReviewStatus[] = ['changed', 'overdue', 'draft', 'reviewed'];

export function reviewQueue(items: readonly QueueItem[]): QueueItem[] {
	const since = (i: QueueItem) => i.reviewedOn ?? i.lastChanged ?? '';
	return [...items].sort(
		(a, b) => QUEUE_ORDER.indexOf(a.status) - QUEUE_ORDER.indexOf(b.status) || since(a).localeCompare(since(b)) || a.id.localeCompare(b.id),
	);
}

/** Days from an as-of date (YYYY-MM or YYYY-MM-DD; a month counts from its last day) to `today`. */
export function ageInDays(asOf: string, today: string): number {
	const [y, m, d] = asOf.split('-').map(Number);
	const date = d ? Date.UTC(y!, m! - 1, d) : Date.UTC(y!, m!, 0);
	return Math.floor((Date.parse(`${today}T00:00:00Z`) - date) / 86_400_000);
}

export interface StaleFact {
	page: string;
	fact: string;
	asOf: string;
	ageDays: number;
}

/** State facts older than `maxAgeDays` on `today`. */
export function staleFacts(guides: readonly { id: string; facts: StateFacts }[], today: string, maxAgeDays: number): StaleFact[] {
	return guides.flatMap(({ id, facts }) =>
		Object.entries(facts).flatMap(([fact, value]) => {
			if (!value) return [];
			const ageDays = ageInDays(value.asOf, today);
			return ageDays > maxAgeDays ? [{ page: id, fact, asOf: value.asOf, ageDays }] : [];
		}),
	);
}

export interface ReviewReport {
	today: string;
	maxFactAgeDays: number;
	counts: Record<ReviewStatus, number>;
	queue: QueueItem[];
	staleFacts: StaleFact[];
}

export function reviewReport(items: readonly QueueItem[], facts: StaleFact[], today: string, maxFactAgeDays: number): ReviewReport {
	const queue = reviewQueue(items);
	const counts = Object.fromEntries(QUEUE_ORDER.map((s) => [s, queue.filter((i) => i.status === s).length])) as Record<
		ReviewStatus,
		number
	>;
	return { today, maxFactAgeDays, counts, queue, staleFacts: facts };
}

const HEADINGS: Record<ReviewStatus, string> = {
	changed: 'Changed since review',
	overdue: 'Review overdue',
	draft: 'Never reviewed',
	reviewed: 'Reviewed',
};

function changeText(c: PartChange): string {
	return `${c.change} ${c.name.replace(/^(\w+):.*/, '$1')} "${c.label}"`;
}

export function reviewReportMarkdown(r: ReviewReport): string {
	const section = (status: ReviewStatus) => {
		const rows = r.queue.filter((i) => i.status === status);
		return [
			`## ${HEADINGS[status]} (${rows.length})`,
			'',
			...(rows.length === 0
				? ['None.']
				: [
						'| Page | Kind | Reviewed | Due | Period (months) | What changed |',
						'| --- | --- | --- | --- | --- | --- |',
						...rows.map(
							(i) =>
								`| ${i.id} | ${i.kind} | ${i.reviewedOn ?? '—'} | ${i.due ?? '—'} | ${i.periodMonths} | ${i.changes.map(changeText).join('; ') || '—'} |`,
						),
					]),
			'',
		];
	};
	return [
		`# Review report (${r.today})`,
		'',
		`${r.counts.reviewed} reviewed, ${r.counts.changed} changed since review, ${r.counts.overdue} overdue, ${r.counts.draft} never reviewed.`,
		'',
		...QUEUE_ORDER.flatMap(section),
		`## State facts older than ${r.maxFactAgeDays} days (${r.staleFacts.length})`,
		'',
		...(r.staleFacts.length
			? [
					'| Page | Fact | As of | Age (days) |',
					'| --- | --- | --- | --- |',
					...r.staleFacts.map((f) => `| ${f.page} | ${f.fact} | ${f.asOf} | ${f.ageDays} |`),
				]
			: ['None.']),
		'',
	].join('\n');
}
