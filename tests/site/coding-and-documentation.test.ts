/**
 * The coding page lists every ICD-10-CM code a clinician needs for confirmed, suspected and ruled-out trafficking,
 * names the fiscal year the codes were checked against (the one its source records), and is linked from the
 * protocols where coding happens.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_ROOT } from '../../src/lib/paths.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { page, text } from '../support/html.ts';

const URL = '/guides/coding-and-documentation/';
const content = () => page(URL).querySelector('.sl-markdown-content')!;

/** The codes the issue and the clinical review ask for: sexual and labor, adult and child, confirmed and suspected. */
const CATEGORIES = ['T74.51', 'T74.52', 'T74.61', 'T74.62', 'T76.51', 'T76.52', 'T76.61', 'T76.62'];
const OTHER_CODES = ['Z04.81', 'Z04.82', 'Z91.42', 'Z62.813', 'Y07.6'];

describe('coding and documentation page', () => {
	it('gives each exploitation code with its initial, subsequent and sequela 7th characters', () => {
		const table = text(content().querySelector('table'));
		for (const code of CATEGORIES) expect(table, code).toContain(`${code}XA / XD / XS`);
		for (const code of OTHER_CODES) expect(table, code).toContain(code);
	});

	it('names the fiscal year its code source records, and that source is graded honestly', () => {
		const source = validateContent(CONTENT_ROOT).bibliography.find((e) => e.id === 'icd10cm-fy2026-trafficking-codes');
		expect(source, 'bibliography entry for the code set').toBeDefined();
		const year = source!.title.match(/fiscal year (\d{4})/)?.[1];
		expect(year).toBeDefined();
		const body = text(content());
		expect(body).toContain(`FY${year}`);
		expect(body).toMatch(/changes every 1 October/);
		expect(['primary', 'secondary']).toContain(source!.checked);
		if (source!.checked === 'secondary') expect(body).toMatch(/official CMS\/NCHS files could not be opened/);
	});

	it('has three note templates, readable without JavaScript, whose copy buttons start hidden', () => {
		const figures = content().querySelectorAll('[data-copy-template]');
		expect(figures.map((f) => text(f.querySelector('figcaption')))).toEqual(['Disclosure', 'Positive screen', 'Forensic referral']);
		for (const f of figures) {
			expect(text(f.querySelector('pre')).length).toBeGreaterThan(100);
			expect(f.querySelector('button[data-copy-button]')?.hasAttribute('hidden')).toBe(true);
		}
	});

	for (const protocol of ['emergency-department', 'primary-care', 'documentation-and-confidentiality'])
		it(`is linked from the ${protocol} protocol's text`, () => {
			const links = page(`/protocols/${protocol}/`).querySelectorAll(`.sl-markdown-content a[href="${URL}"]`);
			expect(links.length).toBeGreaterThan(0);
		});
});
