/**
 * Browser side of the coverage navigator: read the question from the URL or the form, load the per-state facts
 * (/data/coverage-navigator.json), run the same rules as the state pages (src/rules/), and write every route with
 * why, next step and sources into #navigator-result. The question lives in the URL so a link can be sent.
 */

import type { NavigatorData, NavigatorState } from '../lib/navigator-data.ts';
import { coverageRoutes, retroactiveMonths } from '../rules/evaluate.ts';
import { KEY_DATES } from '../rules/federal-rules.ts';
import type { CoverageQuestion, RouteOutcome, RouteStatus } from '../rules/types.ts';
import type { ImmigrationSituation, PatientGroup } from '../schemas/vocabulary.ts';

interface Strings {
	lang: string;
	dataUrl: string;
	ui: Record<string, string>;
	routes: Record<string, string>;
	statuses: Record<string, string>;
	reasons: Record<string, string>;
	conditions: Record<string, string>;
	groups: Record<string, string>;
	situations: Record<string, string>;
	stateNames: Record<string, string>;
	matrixBase: string;
}

const fill = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) => {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
	return node;
};

const todayIso = () => {
	const d = new Date();
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const validDay = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) ? s : null);

/** First day of the month `months` before the month of `iso`. */
function monthsBack(iso: string, months: number): string {
	const [y, m] = iso.split('-').map(Number) as [number, number];
	const d = new Date(Date.UTC(y, m - 1 - months, 1));
	return d.toISOString().slice(0, 10);
}

function linkOrText(name: string, url: string | null): Node {
	if (!url) return document.createTextNode(name);
	const a = el('a', name, { href: url, rel: 'noopener noreferrer' });
	return a;
}

/** A template whose `{placeholder}` may be a link. */
function sentence(template: string, parts: Record<string, Node | string>): HTMLElement {
	const p = el('p');
	for (const piece of template.split(/(\{\w+\})/)) {
		const m = /^\{(\w+)\}$/.exec(piece);
		const part = m ? parts[m[1]!] : undefined;
		if (part === undefined) p.append(piece);
		else p.append(part);
	}
	return p;
}

function nextStep(r: RouteOutcome, state: NavigatorState, s: Strings): HTMLElement {
	const template = s.ui[`next.${r.route}`] ?? '';
	const apply = state.medicaid ? linkOrText(state.medicaid.name, state.medicaid.url) : s.ui['apply.unknown']!;
	const marketplace = state.marketplaceUrl
		? linkOrText(state.marketplaceUrl.replace(/^https:\/\//, '').replace(/\/$/, ''), state.marketplaceUrl)
		: s.ui['marketplace.unknown']!;
	const cvc = state.facts.crimeVictimCompensation?.value;
	const programs = el('span');
	for (const [i, p] of (r.programs ?? []).entries()) {
		if (i > 0) programs.append(', ');
		programs.append(linkOrText(p.name, p.url));
	}
	return sentence(template, { apply, marketplace, program: cvc ? linkOrText(cvc.name, cvc.url) : apply, programs });
}

function renderRoute(
	r: RouteOutcome,
	q: CoverageQuestion,
	state: NavigatorState,
	data: NavigatorData,
	s: Strings,
	day: (iso: string) => string,
): HTMLElement {
	const li = el('li', undefined, { 'data-route': r.route, 'data-status': r.status });
	const h = el('h4');
	h.append(
		el('span', s.routes[r.route] ?? r.route),
		' — ',
		el('span', s.statuses[r.status] ?? r.status, { class: `kb-route-status kb-route-status--${r.status}` }),
	);
	li.append(h);
	const why = el('p');
	why.append(el('strong', `${s.ui.why}: `), [s.reasons[r.reason], ...r.conditions.map((c) => s.conditions[c])].filter(Boolean).join(' '));
	li.append(why);
	if (r.status === 'open') {
		const next = nextStep(r, state, s);
		next.prepend(el('strong', `${s.ui.next}: `));
		li.append(next);
		if (typeof r.retroactiveMonths === 'number') {
			li.append(
				el('p', fill(s.ui.retro!, { date: day(q.date), start: day(monthsBack(q.date, r.retroactiveMonths)), months: r.retroactiveMonths })),
			);
			if (q.date < KEY_DATES.retroactiveCut) {
				const after = retroactiveMonths({ ...q, date: KEY_DATES.retroactiveCut }).months;
				if (after !== null) li.append(el('p', fill(s.ui.retroChange!, { cut: day(KEY_DATES.retroactiveCut), after })));
			}
		}
	}
	const holds =
		r.holdsFrom && r.holdsUntil
			? fill(s.ui.holds!, { from: day(r.holdsFrom), until: day(r.holdsUntil) })
			: r.holdsUntil
				? fill(s.ui.holdsOpenStart!, { until: day(r.holdsUntil) })
				: r.holdsFrom
					? fill(s.ui.holdsOpenEnd!, { from: day(r.holdsFrom) })
					: '';
	if (holds) li.append(el('p', holds, { class: 'kb-muted' }));
	const src = el('p', undefined, { class: 'kb-muted' });
	src.append(el('strong', `${s.ui.rule}: `), `${r.citation}. `, el('strong', `${s.ui.sources}: `));
	r.sources.forEach((key, i) => {
		if (i > 0) src.append('; ');
		const entry = data.sources[key];
		src.append(entry ? linkOrText(entry.title, entry.url) : key);
	});
	li.append(src);
	return li;
}

function render(result: HTMLElement, q: CoverageQuestion, state: NavigatorState, data: NavigatorData, s: Strings): void {
	const fmt = new Intl.DateTimeFormat(s.lang, { dateStyle: 'long', timeZone: 'UTC' });
	const day = (iso: string) => fmt.format(new Date(`${iso}T00:00:00Z`));
	const routes = coverageRoutes(q);
	result.replaceChildren();
	result.append(
		el(
			'h2',
			fill(s.ui.summary!, {
				state: s.stateNames[q.jurisdiction] ?? q.jurisdiction,
				group: s.groups[q.group] ?? q.group,
				situation: s.situations[q.situation] ?? q.situation,
				date: day(q.date),
			}),
			{
				tabindex: '-1',
				id: 'navigator-summary',
			},
		),
	);
	const matrix = el('p');
	matrix.append(linkOrText(s.ui.matrixLink!, `${s.matrixBase}${state.slug}/#coverage-matrix`));
	result.append(matrix);
	for (const status of ['open', 'not-verified', 'closed'] as RouteStatus[]) {
		const list = routes.filter((r) => r.status === status);
		if (list.length === 0) continue;
		result.append(el('h3', s.ui[`heading.${status}`]));
		const ul = el('ul', undefined, { class: 'kb-nav-routes' });
		for (const r of list) ul.append(renderRoute(r, q, state, data, s, day));
		result.append(ul);
	}
}

export function startNavigator(): void {
	const form = document.querySelector<HTMLFormElement>('[data-navigator]');
	const result = document.getElementById('navigator-result');
	const stringsEl = document.getElementById('kb-navigator-strings');
	if (!form || !result || !stringsEl) return;
	const s = JSON.parse(stringsEl.textContent ?? '{}') as Strings;
	form.hidden = false;
	const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
	const params = new URLSearchParams(location.search);
	const fromUrl = {
		state: (params.get('state') ?? '').toUpperCase(),
		group: params.get('group') ?? '',
		status: params.get('status') ?? '',
		date: validDay(params.get('date')) ?? todayIso(),
	};
	for (const [name, value] of Object.entries(fromUrl)) {
		const f = field(name);
		if (f instanceof HTMLSelectElement && ![...f.options].some((o) => o.value === value)) continue;
		f.value = value;
	}
	let data: Promise<NavigatorData> | undefined;
	const load = () => {
		data ??= fetch(s.dataUrl).then((r) => r.json() as Promise<NavigatorData>);
		return data;
	};
	const answer = async (updateUrl: boolean) => {
		const q = {
			state: field('state').value,
			group: field('group').value,
			status: field('status').value,
			date: validDay(field('date').value) ?? todayIso(),
		};
		if (updateUrl) {
			const url = new URL(location.href);
			for (const [k, v] of Object.entries(q)) v ? url.searchParams.set(k, v) : url.searchParams.delete(k);
			history.replaceState(null, '', url);
		}
		if (!q.state || !q.group || !q.status) {
			result.replaceChildren(el('p', s.ui.empty));
			return;
		}
		result.setAttribute('aria-busy', 'true');
		const d = await load();
		result.removeAttribute('aria-busy');
		const state = d.states.find((x) => x.code === q.state);
		if (!state) {
			result.replaceChildren(el('p', s.ui.unknownState));
			return;
		}
		render(
			result,
			{
				jurisdiction: q.state,
				facts: state.facts,
				date: q.date,
				group: q.group as PatientGroup,
				situation: q.status as ImmigrationSituation,
			},
			state,
			d,
			s,
		);
		if (updateUrl) document.getElementById('navigator-summary')?.focus();
	};
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		void answer(true);
	});
	void answer(false);
}
