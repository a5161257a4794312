import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { JURISDICTION_CODES } from '../../../src/schemas/vocabulary.ts';

// Facts the "Report and call" block and the coverage matrix need on every guide: each is researched everywhere
// (a value, or null with a note saying where to check). The schema keeps them optional only so that fixtures and
// new guides can start small; this keeps the published guides complete.
const EVERYWHERE = ['childAbuseReporting', 'medicaidApplication', 'medicaidAgency', 'chipUnbornChild', 'stateFundedCoverage'];
const DIR = 'content/docs/states';

describe('state guides', () => {
	const guides = readdirSync(DIR)
		.filter((f) => /\.mdx?$/.test(f) && !f.startsWith('index'))
		.map((f) => ({ file: f, data: parse(readFileSync(join(DIR, f), 'utf8').split(/^---$/m)[1]!) }));
	it('exist for every state, DC and the five territories', () => {
		expect(guides.map((g) => g.data.jurisdiction).sort()).toEqual([...JURISDICTION_CODES].sort());
	});
	it.each(EVERYWHERE)('all carry %s, researched (a value, or null with where to check)', (fact) => {
		const missing = guides.filter((g) => !g.data.facts[fact]).map((g) => g.file);
		expect(missing).toEqual([]);
	});
});
