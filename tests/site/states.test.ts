/** One guide per jurisdiction, each showing its facts; the downloads match the pages; links resolve. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_ROOT } from '../../src/lib/paths.ts';
import { ALL_FACT_KEYS, FACT_GROUPS } from '../../src/lib/state-fact-groups.ts';
import { FACT_KEYS, type StateRecord } from '../../src/lib/state-records.ts';
import { JURISDICTIONS } from '../../src/schemas/vocabulary.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { DIST, htmlFile } from '../support/dist.ts';
import { page, text } from '../support/html.ts';

const guides = validateContent(CONTENT_ROOT).pages.filter((p) => p.data.type === 'state-guide' && !p.id.startsWith('es/'));
const download = JSON.parse(readFileSync(join(DIST, 'data/states.json'), 'utf8')) as { records: StateRecord[] };
const csv = readFileSync(join(DIST, 'data/states.csv'), 'utf8').trim().split('\r\n');
const ALL_JURISDICTIONS = Object.keys(JURISDICTIONS);

function factCell(html: ReturnType<typeof page>, key: string) {
	return html.querySelector(`tr[data-fact="${key}"] [data-fact-value]`);
}

describe('state guides', () => {
	it('has exactly one guide for each of the 50 states, DC and the five territories (56)', () => {
		const codes = guides.map((g) => (g.data as { jurisdiction: string }).jurisdiction).sort();
		expect(codes).toEqual([...ALL_JURISDICTIONS].sort());
		expect(codes).toHaveLength(56);
	});

	it('shows every frontmatter fact on the page, a null fact as "Not yet verified"', () => {
		for (const guide of guides) {
			if (guide.data.type !== 'state-guide') continue;
			const html = page(`/${guide.id}/`);
			for (const key of FACT_KEYS) {
				const fact = guide.data.facts[key];
				const cell = factCell(html, key);
				expect(cell, `${guide.id} ${key}`).not.toBeNull();
				const shown = cell!.getAttribute('data-fact-value');
				if (fact.value === null) {
					expect(shown, `${guide.id} ${key}`).toBe('unverified');
					expect(text(cell)).toBe('Not yet verified');
				} else if (typeof fact.value === 'boolean') expect(shown, `${guide.id} ${key}`).toBe(fact.value ? 'yes' : 'no');
				else if (typeof fact.value === 'string') expect(shown).toBe(fact.value);
				else expect(cell!.getAttribute('href')).toBe(fact.value.url);
				const asOf = html.querySelector(`tr[data-fact="${key}"] time`)?.getAttribute('datetime');
				expect(asOf, `${guide.id} ${key} as-of`).toBe(fact.asOf);
			}
		}
	});

	it('shows every fact, new ones included, in its group: a missing fact as not yet researched, a null with its note', () => {
		for (const guide of guides) {
			if (guide.data.type !== 'state-guide') continue;
			const html = page(`/${guide.id}/`);
			for (const group of FACT_GROUPS) {
				const table = html.querySelector(`[data-fact-group="${group.id}"]`);
				expect(table, `${guide.id} ${group.id}`).not.toBeNull();
				for (const key of group.keys) {
					const row = table!.querySelector(`tr[data-fact="${key}"]`);
					expect(row, `${guide.id} ${key}`).not.toBeNull();
					const fact = guide.data.facts[key];
					const shown = row!.querySelector('[data-fact-value]')!.getAttribute('data-fact-value');
					if (!fact) {
						expect(shown, `${guide.id} ${key}`).toBe('missing');
						expect(text(row)).toContain('Not yet verified');
						continue;
					}
					expect(row!.querySelector('time')?.getAttribute('datetime'), `${guide.id} ${key}`).toBe(fact.asOf);
					if (fact.value === null) {
						expect(shown, `${guide.id} ${key}`).toBe('unverified');
						expect(text(row), `${guide.id} ${key}`).toContain(fact.note!);
					} else if (Array.isArray(fact.value)) expect(shown, `${guide.id} ${key}`).toBe(fact.value.length === 0 ? 'none' : 'list');
					else expect(shown, `${guide.id} ${key}`).not.toBe('unverified');
				}
			}
			expect(html.querySelectorAll('tr[data-fact]'), guide.id).toHaveLength(ALL_FACT_KEYS.length);
		}
	});

	it('shows a coverage matrix of situations by patient group, each open route linked to its rule on the page', () => {
		const texas = page('/states/texas/');
		const matrix = texas.querySelector('.kb-coverage-matrix')!;
		expect(matrix.querySelectorAll('tbody tr')).toHaveLength(10);
		expect(matrix.querySelectorAll('tbody td')).toHaveLength(40);
		const ids = new Set(texas.querySelectorAll('[id]').map((e) => e.getAttribute('id')));
		for (const a of matrix.querySelectorAll('td a')) expect(ids).toContain(a.getAttribute('href')!.slice(1));
		expect(matrix.querySelector('[data-navigator-link]')?.getAttribute('href')).toBe('/coverage/navigator/?state=TX');
		// A citizen adult always has Medicaid open; a certified adult loses full federal Medicaid from 1 October 2026
		// (P.L. 119-21 § 71109) and keeps Emergency Medicaid (42 U.S.C. 1396b(v)(2)).
		const routes = (situation: string, group: string) =>
			matrix
				.querySelectorAll(`td[data-situation="${situation}"][data-group="${group}"] li[data-route]`)
				.map((li) => li.getAttribute('data-route'));
		expect(routes('citizen', 'adult')).toContain('full-medicaid');
		const built = matrix.getAttribute('data-build-date')!;
		if (built >= '2026-10-01') expect(routes('t-visa', 'adult')).toEqual(expect.arrayContaining(['emergency-medicaid']));
		else expect(routes('t-visa', 'adult')).toContain('full-medicaid');
	});

	it('offers downloads with one record per jurisdiction, matching the pages', () => {
		expect(download.records.map((r) => r.code)).toEqual(guides.map((g) => (g.data as { jurisdiction: string }).jurisdiction).sort());
		for (const record of download.records) {
			const guide = guides.find((g) => (g.data as { jurisdiction: string }).jurisdiction === record.code)!;
			if (guide.data.type !== 'state-guide') continue;
			expect(record.medicaidExpansion).toBe(guide.data.facts.medicaidExpansion.value);
			expect(record.medicaidExpansionDate).toBe(guide.data.facts.medicaidExpansion.effective);
			expect(record.marketplaceType).toBe(guide.data.facts.marketplace.value);
			expect(record.ichiaChildren).toBe(guide.data.facts.ichiaChildren.value);
			expect(record.postpartum12MonthsAsOf).toBe(guide.data.facts.postpartum12Months.asOf);
			expect(record.medicaidExpansionDate === null || /^\d{4}-\d{2}-\d{2}$/.test(record.medicaidExpansionDate)).toBe(true);
			expect(['SBE', 'SBE-FP', 'FFE', 'none', null]).toContain(record.marketplaceType);
			expect(new URL(record.url, 'https://site.invalid').pathname).toBe(`/${guide.id}/`);
		}
	});

	it('writes the same records to CSV', () => {
		const header = csv[0]!.split(',');
		expect(header).toEqual(
			expect.arrayContaining([
				'code',
				'name',
				'url',
				'medicaidExpansion',
				'medicaidExpansionDate',
				'marketplaceType',
				'ichiaChildren',
				'ichiaPregnant',
				'postpartum12Months',
				'medicaidExpansionAsOf',
				'medicaidExpansionSource',
			]),
		);
		expect(csv).toHaveLength(download.records.length + 1);
		const texas = csv.find((row) => row.startsWith('TX,'))!.split(',');
		expect(texas[header.indexOf('medicaidExpansion')]).toBe('false');
		expect(texas[header.indexOf('marketplaceType')]).toBe('FFE');
	});

	it('carries every fact with its as-of date, source, grade and note, and explains every column in the data dictionary', () => {
		const header = csv[0]!.split(',');
		for (const key of ALL_FACT_KEYS)
			for (const suffix of ['AsOf', 'Source', 'SourceGrade', 'Note']) expect(header, `${key}${suffix}`).toContain(`${key}${suffix}`);
		for (const record of download.records) expect(Object.keys(record), record.code).toEqual(header);
		const dictionary = page('/data/');
		const documented = dictionary.querySelectorAll('[data-dictionary] tr[data-column]').map((r) => r.getAttribute('data-column'));
		expect(documented).toEqual(header);
		for (const abbr of ['ICHIA', 'FCEP', 'SBE', 'SBE-FP', 'FFE', 'CVC'])
			expect(dictionary.querySelector(`[data-abbreviations] dt#abbr-${abbr.toLowerCase()} abbr[title]`), abbr).not.toBeNull();
		expect(page('/states/').querySelector('a[href="/data/"]')).not.toBeNull();
	});

	it('links every map tile and table row to a built guide', () => {
		const index = page('/states/');
		const hrefs = [...index.querySelectorAll('.kb-tiles a'), ...index.querySelectorAll('#state-comparison tbody a')].map(
			(a) => a.getAttribute('href')!,
		);
		expect(hrefs).toHaveLength(2 * ALL_JURISDICTIONS.length);
		for (const href of hrefs) expect(existsSync(htmlFile(href)), href).toBe(true);
	});

	it('gives the comparison table one row per jurisdiction, with headers scoped for screen readers', () => {
		const table = page('/states/').querySelector('#state-comparison')!;
		expect(table.querySelectorAll('tbody tr')).toHaveLength(ALL_JURISDICTIONS.length);
		expect(table.querySelectorAll('thead th[scope="col"]').length).toBeGreaterThan(5);
		expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(ALL_JURISDICTIONS.length);
	});
});
