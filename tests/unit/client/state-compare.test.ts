/** Reading a comparison from the address, and ranking "CA" → California first, as the reader's browser does. */
import { describe, expect, it } from 'vitest';
import { comparedCodes } from '../../../src/client/state-compare.ts';
import { rankMatches } from '../../../src/client/table-controls.ts';

const known = new Set(['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'NC', 'SC', 'TX']);

describe('comparedCodes', () => {
	it('reads repeated and comma-separated codes, in order, any case, without repeats or unknown codes', () => {
		expect(comparedCodes('?compare=tx,CA&compare=ca&compare=ZZ', known)).toEqual({ codes: ['TX', 'CA'], tooMany: false });
	});
	it('keeps the first five and says when there were more', () => {
		expect(comparedCodes('?compare=AL,AK,AZ,AR,CA,CO', known)).toEqual({ codes: ['AL', 'AK', 'AZ', 'AR', 'CA'], tooMany: true });
	});
	it('asks nothing of an address without a comparison', () => {
		expect(comparedCodes('', known).codes).toEqual([]);
	});
});

describe('rankMatches', () => {
	const row = (key: string, name: string) => ({ dataset: { filterKey: key } as DOMStringMap, cells: [{ textContent: name }] });
	const rows = [row('NC', 'North Carolina'), row('SC', 'South Carolina'), row('CO', 'Colorado'), row('CA', 'California')];
	it('puts the row whose code is the word first, then names that start with it', () => {
		expect(rankMatches(rows, 'ca').map((r) => r.dataset.filterKey)).toEqual(['CA']);
		expect(rankMatches(rows, 'c').map((r) => r.dataset.filterKey)).toEqual(['CO', 'CA']);
		expect(rankMatches(rows, 'co').map((r) => r.dataset.filterKey)).toEqual(['CO']);
	});
});
