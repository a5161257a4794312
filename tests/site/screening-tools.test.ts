/** At least 10 tool pages; every figure shown with its study; the chart plots each study that has both figures. */
import { describe, expect, it } from 'vitest';
import { splitLocale } from '../../src/lib/locales.ts';
import { CONTENT_ROOT } from '../../src/lib/paths.ts';
import { studiesInEvidenceOrder, validationStatus } from '../../src/lib/tool-evidence.ts';
import { FIGURE_GRADES, STUDY_ROLES, VALIDATION_STATUSES } from '../../src/schemas/vocabulary.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { page, text } from '../support/html.ts';

const tools = validateContent(CONTENT_ROOT).pages.filter((p) => p.data.type === 'screening-tool' && !splitLocale(p.id)[0]);
const studies = tools.flatMap((t) => (t.data.type === 'screening-tool' ? t.data.studies : []));

describe('screening tools', () => {
	it('has at least 10 tool pages, including a response approach labelled as not a screen', () => {
		expect(tools.length).toBeGreaterThanOrEqual(10);
		const pearr = page('/screening-tools/pearr/');
		expect(text(pearr.querySelector('[data-glance="kind"]'))).toBe('Response approach (not a screen)');
		expect(text(pearr.querySelector('.kb-notice--info'))).toMatch(/Not a screening tool/);
	});

	it('shows every validation study with its population and a citation to its source', () => {
		for (const tool of tools) {
			if (tool.data.type !== 'screening-tool') continue;
			const html = page(`/${tool.id}/`);
			const shown = html.querySelectorAll('.kb-study');
			expect(shown, tool.id).toHaveLength(tool.data.studies.length);
			studiesInEvidenceOrder(tool.data.studies).forEach((study, i) => {
				const el = shown[i]!;
				expect(text(el)).toContain(study.population);
				expect(el.querySelector('h3 .kb-cite a')?.getAttribute('href')).toBe(`#ref-${study.source}`);
				expect(text(el.querySelector('[data-study-role]'))).toContain(STUDY_ROLES[study.role].en);
				expect(text(el.querySelector('[data-study-figures-read]'))).toBe(FIGURE_GRADES[study.figuresRead].en);
				if (study.sensitivity) expect(text(el.querySelector('[data-study-sensitivity]'))).toContain(`${study.sensitivity.value}%`);
				else expect(text(el.querySelector('[data-study-sensitivity]'))).toBe('Not reported');
			});
		}
	});

	it("plots every study with both figures, and lists the rest in the chart's table", () => {
		const index = page('/screening-tools/');
		const plotted = studies.filter((s) => s.sensitivity && s.specificity);
		expect(index.querySelectorAll('.kb-chart__point circle')).toHaveLength(plotted.length);
		expect(index.querySelector('.kb-chart__svg')?.getAttribute('role')).toBe('img');
		expect(text(index.querySelector('#accuracy-chart-title'))).toMatch(/Sensitivity and specificity/);
		expect(index.querySelectorAll('#accuracy-table-caption')).toHaveLength(1);
		expect(index.querySelectorAll('.kb-chart + section tbody tr, .kb-chart ~ section tbody tr').length).toBeGreaterThanOrEqual(
			studies.length,
		);
	});

	it('compares every tool in one table, complete without JavaScript', () => {
		const rows = page('/screening-tools/').querySelectorAll('#tool-comparison tbody tr');
		expect(rows).toHaveLength(tools.length);
	});

	it('shows, for every study with figures, its design and where its figures were read, independent samples first', () => {
		const index = page('/screening-tools/');
		for (const tool of tools) {
			if (tool.data.type !== 'screening-tool') continue;
			const slug = tool.id.replace(/^screening-tools\//, '');
			const row = index.querySelector(`#tool-comparison [data-tool-row="${slug}"]`)!;
			const expected = studiesInEvidenceOrder(tool.data.studies.filter((s) => s.sensitivity || s.specificity));
			const items = [...row.querySelectorAll('[data-studies] li')];
			expect(items, slug).toHaveLength(expected.length);
			expected.forEach((study, i) => {
				expect(text(items[i]!)).toContain(study.label);
				expect(text(items[i]!)).toContain(STUDY_ROLES[study.role].en);
				expect(text(items[i]!)).toContain(FIGURE_GRADES[study.figuresRead].en);
			});
			const status = validationStatus(tool.data.kind, tool.data.studies);
			expect(text(row.querySelector('[data-validation]'))).toBe(VALIDATION_STATUSES[status].en);
		}
		expect(text(index.querySelector('#tool-comparison thead'))).not.toMatch(/best/i);
	});

	it("marks RAFT's external-validation figures as read only in a secondary source, in the table and the chart", () => {
		const index = page('/screening-tools/');
		const raft = [...index.querySelectorAll('#tool-comparison [data-tool-row="raft"] [data-studies] li')];
		const secondary = raft.filter((li) => li.getAttribute('data-figures-read') === 'secondary');
		expect(secondary).toHaveLength(1);
		expect(text(secondary[0]!)).toContain('read only in a secondary source');
		expect(text(index.querySelector('.kb-chart__svg'))).toMatch(/RAFT: [^†]*external validation[^†]*†/);
	});

	it('shows unknown ages as "Not stated", never as "Any age"', () => {
		const index = page('/screening-tools/');
		for (const tool of tools) {
			if (tool.data.type !== 'screening-tool') continue;
			const slug = tool.id.replace(/^screening-tools\//, '');
			const ages = text(index.querySelector(`#tool-comparison [data-tool-row="${slug}"] [data-ages]`));
			if (tool.data.ageMin === null) expect(ages, slug).toBe('Not stated');
			if (ages.startsWith('Any age')) expect([tool.data.ageMin, tool.data.ageMax], slug).toEqual([0, 'none']);
		}
	});
});
