import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULE_SOURCES } from '../../../src/rules/federal-rules.ts';

// State pages send readers to /coverage/rules/ for a federal rule's sources; that page must list every one.
describe('the coverage rules page', () => {
	it('cites exactly the sources of the federal rules', () => {
		const text = readFileSync('content/docs/coverage/rules.mdx', 'utf8');
		const frontmatter = parse(text.split(/^---$/m)[1]!) as { sources: string[] };
		expect([...frontmatter.sources].sort()).toEqual([...RULE_SOURCES].sort());
	});
});
