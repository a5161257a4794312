/**
 * A review recorded with `npm run review:sign` shows on the built page (who, when); a sentence changed afterwards
 * makes the next build say "Changed since review" and what changed. Built from synthetic content, not ours.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../scripts/bench/synthetic-content.ts';
import { formatDay, today } from '../../src/lib/dates.ts';
import { buildContent } from '../support/build-content.ts';

const root = mkdtempSync(join(tmpdir(), 'kb-review-'));
writeSyntheticContent(root, 60);
// The reviewers page and the review queue, as the real site has them, and the section of the contribute page they link to.
for (const page of ['about/reviewers.mdx', 'contribute/review-queue.mdx'])
	cpSync(join('content/docs', page), join(root, 'docs', page), { recursive: true });
appendFileSync(join(root, 'docs/contribute/index.md'), '\n## Review a page\n\nHow to record a review.\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const pageFile = join(root, 'docs/protocols/responding-to-disclosure.md');
const built = (path: string) => parse(readFileSync(join(root, 'dist', path, 'index.html'), 'utf8'));
const text = (el: { textContent: string } | null | undefined) => el?.textContent.replace(/\s+/g, ' ').trim() ?? '';

function sign(...args: string[]) {
	return spawnSync(process.execPath, ['scripts/review-sign.ts', ...args], {
		env: { ...process.env, KB_CONTENT_DIR: root },
		encoding: 'utf8',
	});
}

describe('signing a review', { timeout: 240_000 }, () => {
	it('makes the page say who reviewed it and when; a later edit makes it say it changed since', () => {
		const signed = sign(pageFile, '--name', 'Maria López', '--credentials', 'MD, MPH', '--role', 'Emergency physician');
		expect(signed.status, signed.stderr).toBe(0);
		expect(signed.stdout).toContain('Added Maria López (maria-lopez)');

		let result = buildContent(root);
		expect(result.status, result.output).toBe(0);
		let page = built('protocols/responding-to-disclosure');
		expect(text(page.querySelector('[data-review-reviewed]'))).toBe(
			`Clinically reviewed by Maria López, MD, MPH on ${formatDay(today(), 'en')}.`,
		);
		expect(page.querySelector('.kb-review-box')?.getAttribute('data-review-status')).toBe('reviewed');
		expect(text(page.querySelector('.kb-review-box'))).toContain('Maria López, MD, MPH (Emergency physician)');
		expect(page.querySelector('[data-review-draft]')).toBeNull();
		expect(text(built('about/reviewers').querySelector('#maria-lopez'))).toContain('Not declared');

		// One sentence of the "Background" section changes.
		const source = readFileSync(pageFile, 'utf8');
		const sentence = /^## Background\n\n([^.]+\.)/m.exec(source)![1]!;
		writeFileSync(pageFile, source.replace(sentence, 'A new sentence nobody has reviewed.'));
		result = buildContent(root);
		expect(result.status, result.output).toBe(0);
		page = built('protocols/responding-to-disclosure');
		expect(text(page.querySelector('[data-review-changed]'))).toMatch(
			new RegExp(`^Changed since review on ${formatDay(today(), 'en')}\\..*Changed: “Background” \\(edited\\)`),
		);
		expect(page.querySelector('.kb-review-box')?.getAttribute('data-review-status')).toBe('changed');
		const queue = built('contribute/review-queue');
		expect(queue.querySelector('[data-review-group="changed"] [data-review-page="protocols/responding-to-disclosure"]')).not.toBeNull();
	});

	it('refuses a page with content problems, and a Spanish page signed by someone who does not review in Spanish', () => {
		const broken = join(root, 'docs/guides/page-0.md');
		const guides = readFileSync(join(root, 'docs/protocols/responding-to-disclosure.md'), 'utf8');
		writeFileSync(broken, guides.replace(/^type: protocol$/m, 'type: protocl'));
		const refused = sign(broken, '--reviewer', 'maria-lopez');
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(/has content problems; fix them before it is reviewed/);
		expect(refused.stderr).toMatch(/field "type"/);
	});
});
