/**
 * `npm run review-report`: pages by review status, pages past their next review date, and state facts older
 * than --max-fact-age days (default 365). Writes reports/review-report.md and .json.
 *   npm run review-report -- --max-fact-age 180
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { today } from '../src/lib/dates.ts';
import { CONTENT_ROOT } from '../src/lib/paths.ts';
import { reviewReport, reviewReportMarkdown } from '../src/quality/review-report.ts';
import { validateContent } from '../src/validation/validate-content.ts';

const { values } = parseArgs({
	options: { 'max-fact-age': { type: 'string', default: '365' }, out: { type: 'string', default: 'reports' } },
});
const maxAge = Number(values['max-fact-age']);
if (!Number.isInteger(maxAge) || maxAge < 0) {
	console.error('✖ --max-fact-age takes a number of days, e.g. 365');
	process.exit(1);
}
const report = reviewReport(validateContent(CONTENT_ROOT).pages, today(), maxAge);
mkdirSync(values.out!, { recursive: true });
writeFileSync(`${values.out}/review-report.md`, reviewReportMarkdown(report));
writeFileSync(`${values.out}/review-report.json`, `${JSON.stringify(report, null, 2)}\n`);
console.log(
	`${values.out}/review-report.md: ${report.byStatus.reviewed.length} reviewed, ${report.byStatus.draft.length} drafts, ${report.overdue.length} past review, ${report.staleFacts.length} facts older than ${maxAge} days.`,
);
