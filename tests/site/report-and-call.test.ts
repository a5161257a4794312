/**
 * Every state guide opens with "Report and call": the child-abuse reporting route as its data give it (or
 * "Not yet verified" with where to check), the state's lines, then the trafficking hotline, 988 and 911, dialable.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_ROOT } from '../../src/lib/paths.ts';
import { telHref } from '../../src/lib/tel.ts';
import type { StateGuideData } from '../../src/schemas/state-guide.ts';
import { JURISDICTIONS } from '../../src/schemas/vocabulary.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { page, text } from '../support/html.ts';

const guides = validateContent(CONTENT_ROOT)
	.pages.filter((p) => p.data.type === 'state-guide' && !p.id.startsWith('es/'))
	.map((p) => ({ id: p.id, data: p.data as StateGuideData }));

describe('"Report and call" on every state guide', () => {
	it('comes first, under a heading that names the state and the words people search', () => {
		expect(guides.length).toBeGreaterThanOrEqual(51);
		for (const { id, data } of guides) {
			const html = page(`/${id}/`);
			const headings = html.querySelectorAll('.sl-markdown-content h2').map((h) => h.id);
			expect(headings[0], id).toBe('report-and-call');
			const name = JURISDICTIONS[data.jurisdiction].name;
			expect(text(html.querySelector('h2#report-and-call')), id).toBe(`Report child abuse or trafficking in ${name}`);
			// The table of contents names the state too.
			expect(text(html.querySelector('starlight-toc a[href="#report-and-call"]')), id).toContain(name);
		}
	});

	it('shows the child-abuse route from the data, or says it is not yet verified and where to check', () => {
		for (const { id, data } of guides) {
			const item = page(`/${id}/`).querySelector('[data-report-and-call] [data-line="child-abuse"]')!;
			expect(item, id).not.toBeNull();
			const route = data.facts.childAbuseReporting?.value ?? null;
			if (route === null) {
				expect(text(item), id).toContain('Not yet verified');
				expect(text(item), id).toContain(data.facts.childAbuseReporting?.note ?? 'child-welfare agency');
				continue;
			}
			expect(text(item), id).toContain(route.agency);
			expect(text(item), id).toContain(route.statute);
			if (route.phone) expect(item.querySelector(`a[href="${telHref(route.phone)}"]`), id).not.toBeNull();
			if (route.countyDirectory) expect(item.querySelector(`a[href="${route.countyDirectory}"]`), id).not.toBeNull();
			if (route.onlineReport) expect(item.querySelector(`a[href="${route.onlineReport}"]`), id).not.toBeNull();
			expect(item.querySelector('time')?.getAttribute('datetime'), id).toBe(data.facts.childAbuseReporting!.asOf);
		}
	});

	it('lists the state lines the data give, each dialable', () => {
		for (const { id, data } of guides) {
			const item = page(`/${id}/`).querySelector('[data-report-and-call] [data-line="state-lines"]')!;
			const lines = data.facts.stateHotlines?.value ?? null;
			if (lines === null) expect(text(item), id).toContain('Not yet verified');
			else for (const line of lines) expect(item.querySelector(`a[href="${telHref(line.phone)}"]`), `${id} ${line.name}`).not.toBeNull();
		}
	});

	it('gives the trafficking hotline, 988 and 911 as tel links with the date they were checked', () => {
		for (const { id } of guides) {
			const block = page(`/${id}/`).querySelector('[data-report-and-call]')!;
			for (const [line, tel] of [
				['trafficking-hotline', 'tel:+18883737888'],
				['crisis-lifeline', 'tel:988'],
				['emergency', 'tel:911'],
			] as const) {
				const item = block.querySelector(`[data-line="${line}"]`);
				expect(item?.querySelector(`a[href="${tel}"]`), `${id} ${line}`).not.toBeNull();
				expect(item?.querySelector('time[datetime]'), `${id} ${line}`).not.toBeNull();
			}
		}
	});
});

describe('"Your state\'s reporting line: choose a state"', () => {
	const PAGES = [
		'/protocols/emergency-department/',
		'/protocols/children-and-adolescents/',
		'/protocols/responding-to-disclosure/',
		'/guides/mandatory-reporting/',
		'/es/protocols/emergency-department/',
		'/es/protocols/responding-to-disclosure/',
	];

	it("is a native disclosure (no script) on the pages that tell clinicians to report, linking every guide's block", () => {
		for (const path of PAGES) {
			const picker = page(path).querySelector('details[data-reporting-picker]');
			expect(picker, path).not.toBeNull();
			expect(text(picker!.querySelector('summary')), path).toBe(
				path.startsWith('/es/') ? 'La línea de denuncia de su estado: elija un estado' : "Your state's reporting line: choose a state",
			);
			const hrefs = picker!.querySelectorAll('a').map((a) => a.getAttribute('href')!);
			expect(hrefs, path).toHaveLength(guides.length);
			for (const href of hrefs) expect(href, path).toMatch(/\/states\/[a-z-]+\/#report-and-call$/);
			const texas = picker!.querySelector('a[data-jurisdiction="TX"]')!;
			expect(text(texas)).toBe('Texas TX');
			// The block the link points to exists on the guide it names.
			expect(page(texas.getAttribute('href')!.split('#')[0]!).querySelector('#report-and-call'), path).not.toBeNull();
		}
	});
});
