/** The downloadable records and CSV carry every fact with its as-of date and source. */
import { describe, expect, it } from 'vitest';
import { FACT_KEYS, stateRecord, toCsv } from '../../../src/lib/state-records.ts';
import { bibliographyEntrySchema } from '../../../src/schemas/bibliography.ts';
import { stateGuideSchema } from '../../../src/schemas/state-guide.ts';
import { fixtures } from '../../support/content-fixtures.ts';

const bib = new Map([['fixture-source', bibliographyEntrySchema.parse(fixtures.bibliographyEntry())]]);
const record = () => stateRecord(stateGuideSchema.parse(fixtures.stateGuide()), 'https://example.org', bib);

describe('state records', () => {
	it('has the required columns with typed values', () => {
		const r = record();
		expect(r).toMatchObject({
			code: 'TX',
			name: 'Texas',
			url: 'https://example.org/states/texas/',
			medicaidExpansion: false,
			medicaidExpansionDate: null,
			marketplaceType: 'FFE',
			ichiaChildren: true,
			ichiaPregnant: false,
			postpartum12Months: true,
			crimeVictimCompensation: null,
		});
	});
	it('gives each fact its as-of date and source URL (null when the fact is unknown)', () => {
		const r = record();
		for (const key of FACT_KEYS) expect(r).toHaveProperty(`${key}AsOf`);
		expect(r.postpartum12MonthsAsOf).toBe('2026-03-19');
		expect(r.postpartum12MonthsSource).toBe('https://example.org/');
		expect(r.ichiaChildrenSourceGrade).toBe('secondary');
		expect(r.crimeVictimCompensationSource).toBeNull();
	});
	it('writes RFC 4180 CSV: header row, quoted commas, empty cells for null', () => {
		const r = { ...record(), medicaidAgency: 'Agency, Health' };
		const [header, row] = toCsv([r]).split('\r\n');
		expect(header!.split(',').slice(0, 4)).toEqual(['code', 'name', 'url', 'reviewStatus']);
		expect(row).toContain('"Agency, Health"');
		const cells = row!.split(',');
		expect(cells[header!.split(',').indexOf('medicaidExpansionDate')]).toBe('');
	});
});
