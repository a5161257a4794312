/** CODEOWNERS asks the right reviewers: GitHub applies the last matching line, and any one owner on it may approve. */
import { readFileSync } from 'node:fs';
import { matchFile, parse } from 'codeowners-utils';
import { describe, expect, it } from 'vitest';

const entries = parse(readFileSync('.github/CODEOWNERS', 'utf8'));
const owners = (file: string) => matchFile(file, entries)?.owners ?? [];
const allAre = (file: string, word: string) => owners(file).length > 0 && owners(file).every((o) => o.includes(word));

describe('CODEOWNERS', () => {
	it.each([
		'content/docs/es/protocols/emergency-department.mdx',
		'content/docs/es/screening-tools/sscst.mdx',
		'content/docs/es/handouts/care-without-insurance.mdx',
		'content/docs/es/guides/mandatory-reporting.mdx',
	])('needs a clinician who reviews in Spanish for %s', (file) => {
		expect(allAre(file, 'clinical'), owners(file).join(' ')).toBe(true);
		expect(allAre(file, 'spanish'), owners(file).join(' ')).toBe(true);
	});

	it.each([
		'content/docs/protocols/emergency-department.mdx',
		'content/docs/screening-tools/raft.mdx',
		'content/docs/handouts/care-without-insurance.mdx',
		'content/docs/guides/mandatory-reporting.mdx',
	])('needs a clinical reviewer for %s', (file) => {
		expect(allAre(file, 'clinical'), owners(file).join(' ')).toBe(true);
	});

	it.each(['content/docs/states/texas.md', 'content/docs/coverage/medicaid-and-chip.mdx', 'content/docs/es/states/index.mdx'])(
		'needs a coverage reviewer for %s',
		(file) => {
			expect(allAre(file, 'coverage'), owners(file).join(' ')).toBe(true);
		},
	);

	it('needs a Spanish reviewer for any other Spanish page, and a maintainer for code', () => {
		expect(owners('content/docs/es/privacy.mdx')).toEqual(['@your-org/spanish-reviewers']);
		expect(owners('src/lib/sidebar.ts')).toEqual(['@your-org/maintainers']);
	});
});
