/** `astro build` stops on invalid content, naming the file, the line, the field, what was expected and what was found. */
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../support/build-content.ts';
import { contentFolder, fixtures, page } from '../support/content-fixtures.ts';

function build(contentRoot: string) {
	cpSync(resolve('content/i18n'), join(contentRoot, 'i18n'), { recursive: true });
	return buildContent(contentRoot);
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
