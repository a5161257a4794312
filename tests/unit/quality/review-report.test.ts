/** The review report sorts pages by status and flags overdue reviews and stale facts. */
import { describe, expect, it } from 'vitest';
import { ageInDays, reviewReport, reviewReportMarkdown } from '../../../src/quality/review-report.ts';
import { docsFrontmatterSchema } from '../../../src/schemas/docs.ts';
import { fixtures } from '../../support/content-fixtures.ts';

const reviewed = {
	status: 'reviewed',
	reviewers: [{ name: 'A. Clinician', credentials: 'MD' }],
	lastReviewed: '2025-01-01',
	nextReview: '2026-01-01',
};
const pages = [
	{ id: 'states/texas', data: docsFrontmatterSchema.parse(fixtures.stateGuide()) },
	{ id: 'guides/g', data: docsFrontmatterSchema.parse({ ...fixtures.guide(), review: reviewed }) },
];

describe('review report', () => {
	it('counts ages from the end of a month when the date has no day', () => {
		expect(ageInDays('2026-11-28', '2026-11-29')).toBe(1);
		expect(ageInDays('2026-10', '2026-11-29')).toBe(29);
	});
	it('lists pages by status, the overdue ones, and facts older than the limit', () => {
		const r = reviewReport(pages, '2026-11-29', 365);
		expect(r.byStatus).toEqual({ draft: ['states/texas'], reviewed: ['guides/g'] });
		expect(r.overdue).toEqual([{ page: 'guides/g', nextReview: '2026-01-01' }]);
		expect(r.staleFacts.map((f) => f.fact)).toEqual(['stateFundedChildren', 'stateFundedAdults']);
		expect(reviewReport(pages, '2026-11-29', 2000).staleFacts).toEqual([]);
	});
	it('writes Markdown a reviewer can act on', () => {
		const md = reviewReportMarkdown(reviewReport(pages, '2026-11-29', 365));
		expect(md).toContain('## Past their next review date (1)');
		expect(md).toContain('| states/texas | stateFundedChildren | 2024-03 |');
	});
});
