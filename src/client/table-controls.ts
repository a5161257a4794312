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
			body.append(...sorted);
		});
	});

	const filter = controls?.querySelector<HTMLInputElement>('[data-table-filter]');
	const count = controls?.querySelector<HTMLElement>('[data-table-count]');
	const update = () => {
		const words = (filter?.value ?? '').toLowerCase().trim().split(/\s+/).filter(Boolean);
		let shown = 0;
		for (const row of rows) {
			const text = row.textContent?.toLowerCase() ?? '';
			const visible = words.every((w) => text.includes(w));
			row.hidden = !visible;
			if (visible) shown++;
		}
		if (count)
			count.textContent = (count.dataset.template ?? '{shown}/{total}')
				.replace('{shown}', String(shown))
				.replace('{total}', String(rows.length));
	};
	filter?.addEventListener('input', update);
	if (controls) controls.hidden = false;
	update();
}
