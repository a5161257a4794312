/**
 * `npm run review-report`: every page by review status (changed since review, overdue, never reviewed,
 * reviewed), longest-waiting first, and state facts older than --max-fact-age days (default 365).
 * Writes reports/review-report.md and .json: the same data as /contribute/review-queue/.
 *   npm run review-report -- --max-fact-age 180
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { today } from '../src/lib/dates.ts';
import { splitLocale } from '../src/lib/locales.ts';
import { CONTENT_ROOT } from '../src/lib/paths.ts';
import { queueItem, queuePage } from '../src/lib/review-queue.ts';
import { reviewReport, reviewReportMarkdown, staleFacts } from '../src/quality/review-report.ts';
import { validateContent } from '../src/validation/validate-content.ts';

const { values } = parseArgs({
	options: { 'max-fact-age': { type: 'string', default: '365' }, out: { type: 'string', default: 'reports' } },
});
const maxAge = Number(values['max-fact-age']);
if (!Number.isInteger(maxAge) || maxAge < 0) {
	console.error('✖ --max-fact-age takes a number of days, e.g. 365');
	process.exit(1);
}
const { pages } = validateContent(CONTENT_ROOT);
const guides = pages.flatMap((p) => (p.data.type === 'state-guide' && !splitLocale(p.id)[0] ? [{ id: p.id, facts: p.data.facts }] : []));
const report = reviewReport(
	pages.map((p) => queueItem(queuePage(p))),
	staleFacts(guides, today(), maxAge),
	today(),
	maxAge,
);
mkdirSync(values.out!, { recursive: true });
writeFileSync(`${values.out}/review-report.md`, reviewReportMarkdown(report));
writeFileSync(`${values.out}/review-report.json`, `${JSON.stringify(report, null, '\t')}\n`);
const c = report.counts;
console.log(
	`${values.out}/review-report.md: ${c.reviewed} reviewed, ${c.changed} changed since review, ${c.overdue} overdue, ${c.draft} never reviewed; ${report.staleFacts.length} facts older than ${maxAge} days.`,
);
