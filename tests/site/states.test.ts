/** One guide per jurisdiction, each showing its facts; the downloads match the pages; links resolve. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_ROOT } from '../../src/lib/paths.ts';
import { FACT_KEYS, type StateRecord } from '../../src/lib/state-records.ts';
import { JURISDICTIONS } from '../../src/schemas/vocabulary.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { DIST, htmlFile } from '../support/dist.ts';
import { page, text } from '../support/html.ts';

const guides = validateContent(CONTENT_ROOT).pages.filter((p) => p.data.type === 'state-guide' && !p.id.startsWith('es/'));
const download = JSON.parse(readFileSync(join(DIST, 'data/states.json'), 'utf8')) as { records: StateRecord[] };
const csv = readFileSync(join(DIST, 'data/states.csv'), 'utf8').trim().split('\r\n');
const STATES_AND_DC = Object.entries(JURISDICTIONS)
	.filter(([, j]) => j.kind !== 'territory')
	.map(([code]) => code);

function factCell(html: ReturnType<typeof page>, key: string) {
	return html.querySelector(`tr[data-fact="${key}"] [data-fact-value]`);
}

describe('state guides', () => {
	it('has exactly one guide for each of the 50 states and DC', () => {
		const codes = guides.map((g) => (g.data as { jurisdiction: string }).jurisdiction).sort();
		expect(codes).toEqual([...STATES_AND_DC].sort());
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
			expect(['SBE', 'SBE-FP', 'FFE', null]).toContain(record.marketplaceType);
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

	it('links every map tile and table row to a built guide', () => {
		const index = page('/states/');
		const hrefs = [...index.querySelectorAll('.kb-tiles a'), ...index.querySelectorAll('#state-comparison tbody a')].map(
			(a) => a.getAttribute('href')!,
		);
		expect(hrefs).toHaveLength(102);
		for (const href of hrefs) expect(existsSync(htmlFile(href)), href).toBe(true);
	});

	it('gives the comparison table one row per jurisdiction, with headers scoped for screen readers', () => {
		const table = page('/states/').querySelector('#state-comparison')!;
		expect(table.querySelectorAll('tbody tr')).toHaveLength(51);
		expect(table.querySelectorAll('thead th[scope="col"]').length).toBeGreaterThan(5);
		expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(51);
	});
});
