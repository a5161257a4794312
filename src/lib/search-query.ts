/** Search state <-> URL. Pure, so the page and the tests agree. */
export interface SearchState {
	q: string;
	state: string;
	kind: string[];
	topic: string[];
}

export function stateFromParams(params: URLSearchParams): SearchState {
	const list = (key: string) =>
		params
			.getAll(key)
			.flatMap((v) => v.split(','))
			.filter(Boolean);
	return { q: params.get('q')?.trim() ?? '', state: params.get('state')?.toUpperCase() ?? '', kind: list('kind'), topic: list('topic') };
}

export function paramsFromState(s: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (s.q) params.set('q', s.q);
	if (s.state) params.set('state', s.state);
	for (const k of s.kind) params.append('kind', k);
	for (const t of s.topic) params.append('topic', t);
	return params;
}

/** A search runs when there are words or at least one filter (Pagefind can list by filter alone). */
export function isEmpty(s: SearchState): boolean {
	return !s.q && !s.state && s.kind.length === 0 && s.topic.length === 0;
}
