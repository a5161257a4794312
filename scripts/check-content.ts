/**
 * `npm run check:content`: validate every content file in seconds, without a build, and list every problem.
 * `npm run check:content -- --format github` prints them as GitHub Actions annotations, shown on the lines of a
 * pull request's files.
 */
import { parseArgs } from 'node:util';
import { CONTENT_ROOT } from '../src/lib/paths.ts';
import { formatAnnotation, formatReport } from '../src/validation/problem.ts';
import { validateContent } from '../src/validation/validate-content.ts';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' } } });
if (values.format !== 'text' && values.format !== 'github') {
	console.error('✖ --format takes `text` (the default) or `github`.');
	process.exit(1);
}
const started = performance.now();
const { problems, pageCount, bibliography } = validateContent(CONTENT_ROOT);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length > 0) {
	if (values.format === 'github') for (const p of problems) console.log(formatAnnotation(p));
	console.error(formatReport(problems));
	console.error(`\n${pageCount} pages and ${bibliography.length} sources checked in ${seconds} s.`);
	process.exit(1);
}
console.log(`✔ ${pageCount} pages and ${bibliography.length} sources checked in ${seconds} s: no problems.`);
