/** `npm run check:content`: validate every content file in seconds, without a build, and list every problem. */
import { CONTENT_ROOT } from '../src/lib/paths.ts';
import { formatReport } from '../src/validation/problem.ts';
import { validateContent } from '../src/validation/validate-content.ts';

const started = performance.now();
const { problems, pageCount, bibliography } = validateContent(CONTENT_ROOT);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length > 0) {
	console.error(formatReport(problems));
	console.error(`\n${pageCount} pages and ${bibliography.length} sources checked in ${seconds} s.`);
	process.exit(1);
}
console.log(`✔ ${pageCount} pages and ${bibliography.length} sources checked in ${seconds} s: no problems.`);
