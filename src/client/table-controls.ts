/**
 * Progressive enhancement for data tables: header buttons that sort (with aria-sort) and a text filter.
 * The table is complete without it.
 */
export function enhanceTable(id: string): void {
	const table = document.getElementById(id) as HTMLTableElement | null;
	const controls = document.querySelector<HTMLElement>(`[data-table-controls="${id}"]`);
	const body = table?.tBodies[0];
	if (!table || !body) return;
	const rows = Array.from(body.rows);
	// Rows in the order the last sort left them; a filter puts its best matches first, then restores this order.
	let base = [...rows];
	const headers = Array.from(table.tHead?.rows[0]?.cells ?? []);

	headers.forEach((th, index) => {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'kb-sort-button';
		button.append(...Array.from(th.childNodes));
		th.append(button);
		button.addEventListener('click', () => {
			const ascending = th.getAttribute('aria-sort') !== 'ascending';
			for (const h of headers) h.removeAttribute('aria-sort');
			th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
			const key = (row: HTMLTableRowElement) => row.cells[index]?.dataset.sortValue ?? row.cells[index]?.textContent ?? '';
			const sorted = [...rows].sort((a, b) => key(a).localeCompare(key(b), undefined, { numeric: true }) * (ascending ? 1 : -1));
			base = sorted;
			update();
		});
	});

	const filter = controls?.querySelector<HTMLInputElement>('[data-table-filter]');
	const count = controls?.querySelector<HTMLElement>('[data-table-count]');
	const update = () => {
		const words = (filter?.value ?? '').toLowerCase().trim().split(/\s+/).filter(Boolean);
		let shown = 0;
		for (const row of rows) {
			const text = row.textContent?.toLowerCase() ?? '';
			const key = row.dataset.filterKey?.toLowerCase();
			// Rows left out of a comparison (src/client/state-compare.ts) stay out while sorting.
			const visible = !row.hasAttribute('data-excluded') && words.every((w) => text.includes(w) || key === w);
			row.hidden = !visible;
			if (visible) shown++;
		}
		body.append(...base);
		if (words.length === 1) body.prepend(...rankMatches(base, words[0]!));
		if (count)
			count.textContent = (count.dataset.template ?? '{shown}/{total}')
				.replace('{shown}', String(shown))
				.replace('{total}', String(rows.length));
	};
	filter?.addEventListener('input', update);
	if (controls) controls.hidden = false;
	update();
}

/**
 * Rows a one-word filter matches best, best first: the row whose key (`data-filter-key`, e.g. a state code) is the
 * word ("CA" → California), then rows whose first cell starts with it. Other rows keep their place after these.
 */
export function rankMatches<R extends { dataset: DOMStringMap; cells: ArrayLike<{ textContent: string | null }> }>(
	rows: readonly R[],
	word: string,
): R[] {
	const w = word.toLowerCase();
	const exact = rows.filter((r) => r.dataset.filterKey?.toLowerCase() === w);
	const prefix = rows.filter((r) => !exact.includes(r) && (r.cells[0]?.textContent ?? '').trim().toLowerCase().startsWith(w));
	return [...exact, ...prefix];
}
