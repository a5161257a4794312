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
	it('flattens the new facts into columns, and leaves a fact not yet researched empty with no provenance', () => {
		const guide = fixtures.stateGuide();
		const withRoute = {
			...guide,
			facts: {
				...guide.facts,
				childAbuseReporting: {
					value: { agency: 'Fixture Agency', url: 'https://example.gov/report', phone: '1-800-555-0100', statute: 'Fixture Code 1' },
					asOf: '2026-11-30',
					source: 'fixture-source',
				},
				stateHotlines: {
					value: [
						{ name: 'Line A', phone: '1-800-555-0101', purpose: 'A' },
						{ name: 'Line B', phone: '211', purpose: 'B' },
					],
					asOf: '2026-11-30',
					source: 'fixture-source',
					grade: 'secondary',
				},
			},
		};
		const r = stateRecord(stateGuideSchema.parse(withRoute), 'https://example.org', bib);
		expect(r.childAbuseReportingPhone).toBe('1-800-555-0100');
		expect(r.childAbuseReportingCountyBased).toBe(false);
		expect(r.childAbuseReportingAsOf).toBe('2026-11-30');
		expect(r.stateHotlines).toBe('Line A: 1-800-555-0101 | Line B: 211');
		expect(r.stateHotlinesSourceGrade).toBe('secondary');
		expect(r.safeHarbor).toBeNull();
		expect(r.safeHarborAsOf).toBeNull();
		expect(r.safeHarborSourceGrade).toBeNull();
		expect(Object.keys(r)).toEqual(Object.keys(record()));
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
