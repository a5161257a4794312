/** The review queue puts what most needs a reviewer first; the report flags stale facts. */
import { describe, expect, it } from 'vitest';
import {
	ageInDays,
	type QueueItem,
	reviewQueue,
	reviewReport,
	reviewReportMarkdown,
	staleFacts,
} from '../../../src/quality/review-report.ts';
import { stateGuideSchema } from '../../../src/schemas/state-guide.ts';
import { fixtures } from '../../support/content-fixtures.ts';

const item = (id: string, status: QueueItem['status'], extra: Partial<QueueItem> = {}): QueueItem => ({
	id,
	title: id,
	kind: 'protocol',
	status,
	periodMonths: 24,
	changes: [],
	reviewers: [],
	...extra,
});

const items = [
	item('protocols/reviewed', 'reviewed', { reviewedOn: '2026-06-01', due: '2028-06-01' }),
	item('protocols/never-b', 'draft', { lastChanged: '2026-11-20' }),
	item('protocols/changed', 'changed', {
		reviewedOn: '2026-05-01',
		changes: [{ name: 'section:what-to-do-now', label: 'What to do now', change: 'changed' }],
	}),
	item('protocols/never-a', 'draft', { lastChanged: '2026-10-01' }),
	item('states/texas', 'overdue', { kind: 'state-guide', periodMonths: 6, reviewedOn: '2026-01-01', due: '2026-07-01' }),
];

describe('review queue and report', () => {
	it('lists changed pages, then overdue, then never reviewed (longest waiting first), then reviewed', () => {
		expect(reviewQueue(items).map((i) => i.id)).toEqual([
			'protocols/changed',
			'states/texas',
			'protocols/never-a',
			'protocols/never-b',
			'protocols/reviewed',
		]);
	});

	it('counts ages from the end of a month when the date has no day', () => {
		expect(ageInDays('2026-11-28', '2026-11-29')).toBe(1);
		expect(ageInDays('2026-10', '2026-11-29')).toBe(29);
	});

	it('flags state facts older than the limit', () => {
		const guide = { id: 'states/texas', facts: stateGuideSchema.parse(fixtures.stateGuide()).facts };
		expect(staleFacts([guide], '2026-11-29', 365).map((f) => f.fact)).toEqual(['stateFundedChildren', 'stateFundedAdults']);
		expect(staleFacts([guide], '2026-11-29', 2000)).toEqual([]);
	});

	it('writes Markdown a reviewer can act on: counts, what changed, periods', () => {
		const md = reviewReportMarkdown(reviewReport(items, [], '2026-11-29', 365));
		expect(md).toContain('1 reviewed, 1 changed since review, 1 overdue, 2 never reviewed.');
		expect(md).toContain('| protocols/changed | protocol | 2026-05-01 | — | 24 | changed section "What to do now" |');
		expect(md).toContain('| states/texas | state-guide | 2026-01-01 | 2026-07-01 | 6 | — |');
	});
});
