/** The Spanish site: interface in Spanish everywhere, translated pages, the glossary and the translation status page. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLocale } from '../../src/lib/locales.ts';
import { CONTENT_ROOT } from '../../src/lib/paths.ts';
import { readUiStrings } from '../../src/lib/ui-strings-loader.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { page, text } from '../support/html.ts';

const { pages } = validateContent(CONTENT_ROOT);
const spanish = pages.filter((p) => splitLocale(p.id)[0] === 'es');

describe('Spanish', () => {
	it('has every interface string in Spanish', () => {
		const strings = readUiStrings(join(CONTENT_ROOT, 'i18n'));
		expect(Object.keys(strings.es!).sort()).toEqual(Object.keys(strings.en!).sort());
	});

	it('translates the required pages', () => {
		const required = [
			'index',
			'about',
			'safety',
			'privacy',
			'coverage',
			'coverage/what-changed',
			'protocols/recognizing-trafficking',
			'protocols/talking-privately',
			'protocols/responding-to-disclosure',
			'glossary',
			'handouts/right-to-care-and-interpreter',
			'handouts/what-happens-at-your-visit',
			'handouts/care-without-insurance',
		];
		expect(spanish.map((p) => splitLocale(p.id)[1])).toEqual(expect.arrayContaining(required));
	});

	it('shows an untranslated state guide with its facts and generated guidance in Spanish', () => {
		const html = page('/es/states/texas/');
		expect(html.querySelector('html')?.getAttribute('lang')).toBe('es');
		expect(text(html.querySelector('#state-facts'))).toBe('Datos y fuentes');
		expect(text(html.querySelector('tr[data-fact="medicaidExpansion"] [data-fact-value]'))).toBe('No');
		expect(text(html.querySelector('#coverage-matrix'))).toMatch(/Vías de cobertura según la situación migratoria/);
		expect(html.querySelector('[data-navigator-link]')?.getAttribute('href')).toBe('/es/coverage/navigator/?state=TX');
		expect(text(html.querySelector('[data-review-draft]'))).toMatch(/Pendiente de revisión clínica/);
		expect(text(html.querySelector('.kb-quick-exit a'))).toBe('Salir de este sitio');
	});

	it("serves a translated protocol in Spanish, keeping its recommendations' strength, evidence and sources", () => {
		const html = page('/es/protocols/responding-to-disclosure/');
		const en = page('/protocols/responding-to-disclosure/');
		expect(html.querySelector('main')?.getAttribute('lang')).toBe('es');
		expect(html.querySelectorAll('.kb-rec').map((r) => r.getAttribute('data-strength'))).toEqual(
			en.querySelectorAll('.kb-rec').map((r) => r.getAttribute('data-strength')),
		);
		expect(html.querySelectorAll('.kb-rec .kb-badge--offer').map((b) => text(b))).toContain('Ofrecer');
	});

	it('lists every glossary term in both languages on both glossary pages', () => {
		for (const path of ['/glossary/', '/es/glossary/']) {
			const entries = page(path).querySelectorAll('.kb-glossary__entry');
			expect(entries.length, path).toBeGreaterThanOrEqual(30);
			for (const entry of entries)
				expect(entry.querySelectorAll('[lang="en"]').length + entry.querySelectorAll('[lang="es"]').length, path).toBeGreaterThanOrEqual(2);
		}
		expect(text(page('/es/glossary/').querySelector('#term-human-trafficking dfn'))).toMatch(/[Tt]rata de personas/);
	});

	it('reports translation status that matches the content: translated, out of date, missing', () => {
		// Expected states worked out here from the files themselves (hash of the English file against the hash the
		// Spanish file records), not by the function the status page uses.
		const hashOf = (relPath: string) =>
			createHash('sha256')
				.update(readFileSync(join(CONTENT_ROOT, 'docs', relPath), 'utf8').replace(/\r\n/g, '\n'))
				.digest('hex')
				.slice(0, 12);
		const english = pages.filter((p) => splitLocale(p.id)[0] !== 'es');
		const recorded = new Map(
			spanish.flatMap((p) => (p.data.translation ? [[p.data.translation.source, p.data.translation.sourceHash]] : [])),
		);
		const expected = english.map((p) => ({
			id: p.id,
			state: !recorded.has(p.id) ? 'missing' : recorded.get(p.id) === hashOf(p.relPath) ? 'current' : 'outdated',
		}));
		const count = (state: string) => expected.filter((r) => r.state === state).length;
		const summary = text(page('/contribute/translations/').querySelector('[data-translation-summary]'));
		expect(summary).toBe(
			`${count('current')} pages translated into Spanish and up to date, ${count('outdated')} out of date, ${count('missing')} not yet translated, of ${expected.length} English pages.`,
		);
		const listed = page('/contribute/translations/')
			.querySelectorAll('[data-translation-state="current"] [data-translation-page]')
			.map((li) => li.getAttribute('data-translation-page'));
		expect(listed.sort()).toEqual(
			expected
				.filter((r) => r.state === 'current')
				.map((r) => r.id)
				.sort(),
		);
		expect(count('current')).toBeGreaterThanOrEqual(15);
	});
});
