/** `npm run new` writes a file that validates, for every kind; it refuses to overwrite. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, newPagePath, newPageText } from '../../../src/authoring/templates.ts';
import { formatProblem } from '../../../src/validation/problem.ts';
import { validateContent } from '../../../src/validation/validate-content.ts';
import { contentFolder } from '../../support/content-fixtures.ts';

function scaffold(root: string, args: string[]) {
	return spawnSync(process.execPath, ['scripts/new.ts', ...args], {
		env: { ...process.env, KB_CONTENT_DIR: root, KB_TODAY: '2026-11-29' },
		encoding: 'utf8',
	});
}

// Each CLI run starts a Node process; give them room on a loaded machine rather than the default 5 s.
describe('npm run new', { timeout: 30_000 }, () => {
	it('writes a valid draft with TODO markers for every kind of page', () => {
		// The templates, in-process: one spawn per kind made this test slow and flaky under load.
		const root = contentFolder({});
		for (const kind of KINDS) {
			const input = { kind, title: `New ${kind} page`, state: kind === 'state-guide' ? ('PR' as const) : undefined, today: '2026-11-29' };
			const text = newPageText(input);
			expect(text).not.toMatch(/^review:/m);
			expect(text).toContain('TODO');
			const path = join(root, 'docs', newPagePath(input));
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, text);
		}
		const { problems } = validateContent(root);
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it('creates the page from its flags, at the path the templates give', () => {
		const root = contentFolder({});
		const result = scaffold(root, ['--kind', 'state-guide', '--state', 'pr']);
		expect(result.status, result.stderr).toBe(0);
		const path = join(root, 'docs', newPagePath({ kind: 'state-guide', title: '', state: 'PR', today: '2026-11-29' }));
		expect(readFileSync(path, 'utf8')).toBe(newPageText({ kind: 'state-guide', title: 'Puerto Rico', state: 'PR', today: '2026-11-29' }));
	});

	it("puts each kind in its folder, and a state guide at the state's address", () => {
		expect(newPagePath({ kind: 'protocol', title: 'Burn care: first steps', today: '2026-11-29' })).toBe(
			'protocols/burn-care-first-steps.mdx',
		);
		expect(newPagePath({ kind: 'state-guide', title: '', state: 'PR', today: '2026-11-29' })).toBe('states/puerto-rico.md');
	});

	it('refuses to overwrite an existing page', () => {
		const root = contentFolder({});
		expect(scaffold(root, ['--kind', 'guide', '--title', 'Same title']).status).toBe(0);
		const again = scaffold(root, ['--kind', 'guide', '--title', 'Same title']);
		expect(again.status).toBe(1);
		expect(again.stderr).toMatch(/already exists.*nothing was overwritten/);
	});

	it('explains a bad answer given as a flag', () => {
		const result = scaffold(contentFolder({}), ['--kind', 'article', '--title', 'x']);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/choose one of: protocol, state-guide/);
	});
});
