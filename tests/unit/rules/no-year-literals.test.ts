/**
 * The rules hold no prose and no year outside their dated data: a date changes in federal-rules.ts and nowhere
 * else, and the state matrix, the navigator and their labels follow it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = [
	...readdirSync('src/rules').map((f) => join('src/rules', f)),
	'src/lib/coverage-labels.ts',
	'src/lib/coverage-matrix.ts',
	'src/client/coverage-navigator.ts',
	'src/components/state/CoverageMatrix.astro',
	'src/components/coverage/CoverageNavigator.astro',
].filter((f) => f !== join('src/rules', 'federal-rules.ts'));

describe('coverage rules: dates live in the dated rule data only', () => {
	for (const file of files)
		it(`${file} writes no year`, () => {
			const code = readFileSync(file, 'utf8')
				// The documented example link on the navigator page is a URL, not a rule date.
				.replace(/const example = `[^`]*`;/, '');
			expect(code.match(/\b(19|20)\d\d\b/g) ?? []).toEqual([]);
		});
});
