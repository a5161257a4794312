/** In a pull request, content problems appear on the lines of the changed files (GitHub Actions annotations). */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatAnnotation } from '../../../src/validation/problem.ts';
import { contentFolder, fixtures, page } from '../../support/content-fixtures.ts';

describe('GitHub annotations', () => {
	it('escape what GitHub would misread, and put the field, expected, found and hint in the message', () => {
		expect(
			formatAnnotation({
				file: 'content/docs/a,b.md',
				line: 7,
				field: 'facts.marketplace.asOf',
				expected: 'a date, e.g. 2026-01',
				found: '"soon: 100%"',
				hint: 'write YYYY-MM-DD',
			}),
		).toBe(
			'::error file=content/docs/a%2Cb.md,line=7,title=Field "facts.marketplace.asOf"::Expected a date, e.g. 2026-01; found "soon: 100%25".%0AHint: write YYYY-MM-DD.',
		);
	});

	it('are what `npm run check:content -- --format github` prints for a broken page, one per problem, with its line', () => {
		const guide = { ...fixtures.stateGuide('TXX'), audience: ['clinicans'] };
		const root = contentFolder({ 'docs/states/texas.md': page(guide) });
		const result = spawnSync(process.execPath, ['scripts/check-content.ts', '--format', 'github'], {
			env: { ...process.env, KB_CONTENT_DIR: root },
			encoding: 'utf8',
		});
		expect(result.status).toBe(1);
		const lines = result.stdout.trim().split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(
			/^::error file=.*docs\/states\/texas\.md,line=\d+,title=Field "audience\[0\]"::Expected one of .*found "clinicans"/,
		);
		expect(lines[1]).toMatch(/^::error file=.*texas\.md,line=\d+,title=Field "jurisdiction"::.*found "TXX".*%0AHint: did you mean "TX"\?/);
	});
});
