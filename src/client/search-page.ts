/** Browser side of /search/: read the URL, run Pagefind, keep the URL in step with the form. */
import { isEmpty, pagefindFilters, paramsFromState, type SearchState, stateFromParams } from '../lib/search-query.ts';

interface PageData {
	labels: Record<string, Record<string, string>>;
	strings: Record<'count' | 'none' | 'loading' | 'more' | 'prompt', string>;
	ranking: Record<string, unknown>;
}
interface PagefindResult {
	data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
	options: (o: Record<string, unknown>) => Promise<void>;
	debouncedSearch: (q: string | null, o: { filters: Record<string, unknown> }, ms: number) => Promise<{ results: PagefindResult[] } | null>;
}

const PAGE_SIZE = 10;

function formState(form: HTMLFormElement): SearchState {
	return stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function fillForm(form: HTMLFormElement, s: SearchState): void {
	(form.elements.namedItem('q') as HTMLInputElement).value = s.q;
	(form.elements.namedItem('state') as HTMLSelectElement).value = s.state;
	for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
		box.checked = (box.name === 'kind' ? s.kind : s.topic).includes(box.value);
	const topics = form.querySelector<HTMLDetailsElement>('[data-topics]');
	if (topics && s.topic.length) topics.open = true;
}

export function startSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const status = document.querySelector<HTMLElement>('[data-search-status]');
	const list = document.querySelector<HTMLOListElement>('[data-search-results]');
	const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
	const json = document.getElementById('kb-search-page-data')?.textContent;
	if (!form || !status || !list || !more || !json) return;
	const { labels, strings, ranking } = JSON.parse(json) as PageData;
	form.hidden = false;

	let pagefind: Promise<Pagefind> | undefined;
	const load = () => {
		const path = '/pagefind/pagefind.js';
		pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pf) => {
			await pf.options({ excerptLength: 24, ranking });
			return pf;
		});
		return pagefind;
	};

	let results: PagefindResult[] = [];
	let shown = 0;

	const renderMore = async () => {
		const batch = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
		for (const page of batch) {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = page.url;
			link.textContent = page.meta.title ?? page.url;
			const tags = document.createElement('p');
			tags.className = 'kb-search__tags';
			for (const [key, value] of [
				['kind', page.meta.kind],
				['state', page.meta.state],
				['review', page.meta.review],
			] as const) {
				if (!value) continue;
				const tag = document.createElement('span');
				tag.className = `kb-badge kb-search__tag kb-search__tag--${key}`;
				tag.textContent = labels[key]?.[value] ?? value;
				tags.append(tag);
			}
			const excerpt = document.createElement('p');
			excerpt.className = 'kb-search__excerpt';
			excerpt.innerHTML = page.excerpt; // Pagefind's excerpt of our own pages, with <mark> around matches.
			const heading = document.createElement('h2');
			heading.append(link);
			item.append(heading, tags, excerpt);
			list.append(item);
		}
		shown += batch.length;
		more.hidden = shown >= results.length;
	};

	const run = async (s: SearchState, updateUrl: boolean) => {
		if (updateUrl) {
			const query = paramsFromState(s).toString();
			history.replaceState(null, '', query ? `?${query}` : location.pathname);
		}
		list.replaceChildren();
		more.hidden = true;
		if (isEmpty(s)) {
			status.textContent = strings.prompt;
			return;
		}
		status.textContent = strings.loading;
		const pf = await load();
		const found = await pf.debouncedSearch(s.q || null, { filters: pagefindFilters(s) }, 200);
		if (!found) return; // A newer search superseded this one.
		results = found.results;
		shown = 0;
		status.textContent = results.length ? strings.count.replace('{count}', String(results.length)) : strings.none;
		if (results.length) await renderMore();
	};

	const initial = stateFromParams(new URLSearchParams(location.search));
	fillForm(form, initial);
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		void run(formState(form), true);
	});
	form.addEventListener('input', () => void run(formState(form), true));
	form.addEventListener('reset', () => setTimeout(() => void run(formState(form), true)));
	more.addEventListener('click', () => void renderMore());
	void run(initial, false);
}
