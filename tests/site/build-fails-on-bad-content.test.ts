/** `astro build` stops on invalid content, naming the file, the line, the field, what was expected and what was found. */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFolder, fixtures, page } from '../support/content-fixtures.ts';

function build(contentRoot: string) {
	cpSync(resolve('content/i18n'), join(contentRoot, 'i18n'), { recursive: true });
	const result = spawnSync(process.execPath, ['scripts/astro.ts', 'build', '--outDir', join(contentRoot, 'dist')], {
		env: { ...process.env, KB_CONTENT_DIR: contentRoot, NO_COLOR: '1', FORCE_COLOR: '0' },
		encoding: 'utf8',
		timeout: 120_000,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the build and bad content', () => {
	it('fails on an unknown state code, naming the file and the field', () => {
		const root = contentFolder({ 'docs/states/texas.md': page(fixtures.stateGuide('TXX')) });
		const { status, output } = build(root);
		expect(status).not.toBe(0);
		expect(output).toContain('Content problems stop the build.');
		expect(output).toMatch(/docs\/states\/texas\.md:\d+ {2}field "jurisdiction"/);
		expect(output).toMatch(/expected: one of "AL", "AK"/);
		expect(output).toMatch(/found: {4}"TXX"/);
		expect(output).toMatch(/did you mean "TX"\?/);
	});

	it('fails on a citation of a source that is not in the bibliography', () => {
		const root = contentFolder({ 'docs/protocols/p.md': page({ ...fixtures.protocol(), related: {}, sources: ['no-such-source'] }) });
		const { status, output } = build(root);
		expect(status).not.toBe(0);
		expect(output).toMatch(/docs\/protocols\/p\.md:\d+ {2}field "sources\[0\]"/);
		expect(output).toMatch(/"no-such-source", which is not in the bibliography/);
	});
});
