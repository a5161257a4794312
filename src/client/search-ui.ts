/**
 * The search form and its results, built into a container by the same code in the search modal and on /search/,
 * so both show the same results for the same words. On /search/ the words and filters also live in the address.
 */
import type { PagefindPage, SearchOutcome } from '../lib/search-engine.ts';
import { isEmpty, paramsFromState, type SearchState, stateFromParams } from '../lib/search-query.ts';
import { sameWord, words } from '../lib/search-words.ts';
import { type SearchData, searchSession } from './search-session.ts';

const PAGE_SIZE = 10;

export interface SearchUiOptions {
	/** Prefix for element ids (the modal and the page may share a document). */
	id: string;
	/** Keep the words and filters in the address bar (the /search/ page). */
	syncUrl: boolean;
	/** Show the filters unfolded (the /search/ page on a wide screen). */
	filtersOpen: boolean;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) {
	const node = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
	node.append(...children);
	return node;
}

const fill = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

function buildForm(data: SearchData, o: SearchUiOptions): HTMLFormElement {
	const s = data.strings;
	const check = (name: string, value: string, label: string) =>
		el('label', { class: 'kb-check' }, el('input', { type: 'checkbox', name, value }), ` ${label}`);
	const state = el('select', { id: `${o.id}-state`, class: 'kb-control', name: 'state' }, el('option', { value: '' }, s.allStates ?? ''));
	for (const code of data.stateOptions) state.append(el('option', { value: code }, data.labels.state[code] ?? code));
	const filters = el(
		'details',
		{ class: 'kb-search__filters', 'data-filters': '' },
		el('summary', {}, s.filters ?? ''),
		el(
			'div',
			{ class: 'kb-search__filter-body' },
			el('div', { class: 'kb-search__field' }, el('label', { for: `${o.id}-state` }, s['filter.state'] ?? ''), state),
			el('fieldset', {}, el('legend', {}, s.anyKind ?? ''), ...data.kinds.map((k) => check('kind', k, data.labels.kind[k] ?? k))),
			el(
				'details',
				{ 'data-topics': '' },
				el('summary', {}, s.topics ?? ''),
				el(
					'fieldset',
					{},
					el('legend', { class: 'sr-only' }, s.topics ?? ''),
					...data.topics.map((k) => check('topic', k, data.labels.topic[k] ?? k)),
				),
			),
			el('button', { type: 'reset', class: 'kb-button kb-button--quiet' }, s.clear ?? ''),
		),
	);
	if (o.filtersOpen) filters.setAttribute('open', '');
	return el(
		'form',
		{ role: 'search', class: 'kb-search__form', 'data-search-form': '' },
		el(
			'div',
			{ class: 'kb-search__query' },
			el('label', { for: `${o.id}-q` }, s.label ?? ''),
			el('input', {
				id: `${o.id}-q`,
				class: 'kb-control',
				name: 'q',
				type: 'search',
				autocomplete: 'off',
				spellcheck: 'false',
				enterkeyhint: 'search',
			}),
			el('button', { type: 'submit', class: 'kb-button' }, s.submit ?? ''),
		),
		filters,
	);
}

function formState(form: HTMLFormElement): SearchState {
	return stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function fillForm(form: HTMLFormElement, s: SearchState): void {
	(form.elements.namedItem('q') as HTMLInputElement).value = s.q;
	(form.elements.namedItem('state') as HTMLSelectElement).value = s.state;
	for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
		box.checked = (box.name === 'kind' ? s.kind : s.topic).includes(box.value);
	if (s.state || s.kind.length || s.topic.length) form.querySelector<HTMLDetailsElement>('[data-filters]')!.open = true;
	if (s.topic.length) form.querySelector<HTMLDetailsElement>('[data-topics]')!.open = true;
}

/** The text with every word that starts like a searched word marked; safe to insert as HTML (built as nodes). */
function highlighted(text: string, searched: readonly string[]): DocumentFragment {
	const out = document.createDocumentFragment();
	for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
		const word = words(part)[0];
		const hit = word && searched.some((s) => sameWord(s, word));
		out.append(hit ? el('mark', {}, part) : part);
	}
	return out;
}

/** The section of the page that matched best, when it is not the top of the page. */
function bestSection(page: PagefindPage): { title: string; url: string } | undefined {
	const sections = (page.sub_results ?? []).filter((r) => r.url.includes('#') && r.title !== page.meta.title);
	sections.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0));
	return sections[0];
}

export async function startSearchUi(root: HTMLElement, options: SearchUiOptions): Promise<{ focus: () => void }> {
	const { data, search } = await searchSession();
	const s = data.strings;
	const form = buildForm(data, options);
	const status = el('p', { role: 'status', class: 'kb-search__status', 'data-search-status': '' });
	const notes = el('div', { class: 'kb-search__notes', 'data-search-notes': '' });
	const list = el('ol', { class: 'kb-search__results', 'data-search-results': '' });
	const more = el('button', { type: 'button', class: 'kb-button kb-button--quiet kb-search__more', hidden: '' }, s.more ?? '');
	root.replaceChildren(form, status, notes, list, more);
	const input = form.elements.namedItem('q') as HTMLInputElement;

	let outcome: SearchOutcome | undefined;
	let shown = 0;
	let searched: string[] = [];
	let latest = 0;

	const renderMore = async () => {
		if (!outcome) return;
		const batch = await Promise.all(outcome.hits.slice(shown, shown + PAGE_SIZE).map((h) => h.data()));
		for (const page of batch) {
			const tags = el('p', { class: 'kb-search__tags' });
			for (const [key, value] of [
				['kind', page.meta.kind],
				['state', page.meta.state],
				['review', page.meta.review],
			] as const)
				if (value) tags.append(el('span', { class: `kb-badge kb-search__tag kb-search__tag--${key}` }, data.labels[key]?.[value] ?? value));
			if (page.meta.language === 'en')
				tags.append(el('span', { class: 'kb-badge kb-search__tag kb-search__tag--language', lang: 'en' }, s.inEnglish ?? ''));
			const item = el(
				'li',
				{},
				el('h2', {}, el('a', { href: page.url }, page.meta.title ?? page.url)),
				tags,
				el('p', { class: 'kb-search__excerpt' }, highlighted(page.meta.summary ?? '', searched)),
			);
			const section = bestSection(page);
			if (section)
				item.append(el('p', { class: 'kb-search__section' }, `${s.section ?? ''} `, el('a', { href: section.url }, section.title)));
			list.append(item);
		}
		shown += batch.length;
		more.hidden = shown >= outcome.hits.length;
	};

	const describe = (result: SearchOutcome, state: SearchState) => {
		const { plan } = result;
		const count = result.hits.length;
		if (result.match === 'empty') status.textContent = s.prompt ?? '';
		else if (count === 0) status.textContent = s.none ?? '';
		else status.textContent = count === 1 ? (s.countOne ?? '') : fill(s.count ?? '', { count });
		const lines: (Node | string)[][] = [];
		if (plan.corrected.length) lines.push([fill(s.corrected ?? '', { words: plan.corrected.map((c) => c.searched).join(', ') })]);
		if (plan.unknown.length) lines.push([fill(s.unknown ?? '', { words: plan.unknown.join(', ') })]);
		if (result.match === 'partial') lines.push([s.partial ?? '']);
		if (result.state && count > 0) lines.push([fill(s.stateScope ?? '', { state: data.labels.state[result.state] ?? result.state })]);
		if (plan.otherLanguage) {
			const other = data.lang === 'en' ? 'es' : 'en';
			lines.push([
				el(
					'a',
					{ href: `${data.searchPage[other]}?${new URLSearchParams({ q: state.q })}`, lang: other, hreflang: other },
					s.otherLanguage ?? '',
				),
			]);
		}
		if (count === 0 && result.match !== 'empty')
			lines.push([`${s.browse ?? ''} `, ...data.browse.flatMap((b, i) => [...(i ? [' · '] : []), el('a', { href: b.href }, b.label)])]);
		notes.replaceChildren(...lines.map((line) => el('p', {}, ...line)));
	};

	const run = async (state: SearchState, updateUrl: boolean) => {
		const ticket = ++latest;
		if (updateUrl) {
			const query = paramsFromState(state).toString();
			history.replaceState(history.state, '', query ? `?${query}` : location.pathname);
		}
		if (isEmpty(state)) {
			outcome = undefined;
			list.replaceChildren();
			notes.replaceChildren();
			more.hidden = true;
			status.textContent = s.prompt ?? '';
			return;
		}
		status.textContent = s.loading ?? '';
		list.setAttribute('aria-busy', 'true');
		const result = await search(state);
		if (ticket !== latest) return; // A newer search superseded this one.
		outcome = result;
		searched = [...new Set(result.plan.groups.flatMap((g) => g.alternatives.flatMap((a) => words(a))).filter((w) => w.length >= 3))];
		shown = 0;
		list.replaceChildren();
		more.hidden = true;
		describe(result, state);
		await renderMore();
		if (ticket === latest) list.removeAttribute('aria-busy');
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	const later = () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(formState(form), options.syncUrl), 200);
	};
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		clearTimeout(timer);
		void run(formState(form), options.syncUrl);
	});
	form.addEventListener('input', later);
	// "Clear filters" clears the filters, not the words.
	form.addEventListener('reset', () => {
		const q = input.value;
		setTimeout(() => {
			input.value = q;
			void run(formState(form), options.syncUrl);
		});
	});
	more.addEventListener('click', () => void renderMore());

	if (options.syncUrl) {
		const initial = stateFromParams(new URLSearchParams(location.search));
		fillForm(form, initial);
		await run(initial, false);
	} else status.textContent = s.prompt ?? '';
	return { focus: () => input.focus() };
}
