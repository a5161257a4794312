/**
 * `npm run state-facts-report`: for every state fact, how many jurisdictions hold it from a primary source, from a
 * secondary one, as null, or not at all. `--json` prints the same counts as JSON.
 */
import { CONTENT_ROOT } from '../src/lib/paths.ts';
import { factCounts, formatFactCounts } from '../src/lib/state-facts-report.ts';
import type { StateGuideData } from '../src/schemas/state-guide.ts';
import { validateContent } from '../src/validation/validate-content.ts';

const guides = validateContent(CONTENT_ROOT)
	.pages.filter((p) => p.data.type === 'state-guide' && !p.id.startsWith('es/'))
	.map((p) => (p.data as StateGuideData).facts);
const rows = factCounts(guides);
console.log(
	process.argv.includes('--json')
		? JSON.stringify({ jurisdictions: guides.length, facts: rows }, null, 2)
		: formatFactCounts(rows, guides.length),
);
