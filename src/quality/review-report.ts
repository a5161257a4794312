/**
 * The review report: pages by review status, pages past their next review date, and state facts whose
 * "as of" date is older than a given age. Pure, so the script and the tests share it.
 */
import { splitLocale } from '../lib/locales.ts';
import type { ValidPage } from '../validation/cross-references.ts';

export interface ReviewReport {
	today: string;
	maxFactAgeDays: number;
	byStatus: Record<'draft' | 'reviewed', string[]>;
	overdue: { page: string; nextReview: string }[];
	staleFacts: { page: string; fact: string; asOf: string; ageDays: number }[];
}

/** Days from an as-of date (YYYY-MM or YYYY-MM-DD; a month counts from its last day) to `today`. */
export function ageInDays(asOf: string, today: string): number {
	const [y, m, d] = asOf.split('-').map(Number);
	const date = d ? Date.UTC(y!, m! - 1, d) : Date.UTC(y!, m!, 0);
	return Math.floor((Date.parse(`${today}T00:00:00Z`) - date) / 86_400_000);
}

export function reviewReport(pages: readonly Pick<ValidPage, 'id' | 'data'>[], today: string, maxFactAgeDays: number): ReviewReport {
	const report: ReviewReport = { today, maxFactAgeDays, byStatus: { draft: [], reviewed: [] }, overdue: [], staleFacts: [] };
	for (const { id, data } of [...pages].sort((a, b) => a.id.localeCompare(b.id))) {
		report.byStatus[data.review.status].push(id);
		if (data.review.nextReview && data.review.nextReview < today) report.overdue.push({ page: id, nextReview: data.review.nextReview });
		if (data.type === 'state-guide' && !splitLocale(id)[0])
			for (const [fact, value] of Object.entries(data.facts)) {
				const age = ageInDays(value.asOf, today);
				if (age > maxFactAgeDays) report.staleFacts.push({ page: id, fact, asOf: value.asOf, ageDays: age });
			}
	}
	return report;
}

export function reviewReportMarkdown(r: ReviewReport): string {
	return [
		`# Review report (${r.today})`,
		'',
		`${r.byStatus.reviewed.length} pages clinically reviewed, ${r.byStatus.draft.length} drafts pending review.`,
		'',
		`## Past their next review date (${r.overdue.length})`,
		'',
		...(r.overdue.length ? r.overdue.map((o) => `- ${o.page}: due ${o.nextReview}`) : ['None.']),
		'',
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
		`## Reviewed pages (${r.byStatus.reviewed.length})`,
		'',
		...(r.byStatus.reviewed.length ? r.byStatus.reviewed.map((p) => `- ${p}`) : ['None yet.']),
		'',
		`## Drafts pending clinical review (${r.byStatus.draft.length})`,
		'',
		...r.byStatus.draft.map((p) => `- ${p}`),
		'',
	].join('\n');
}
