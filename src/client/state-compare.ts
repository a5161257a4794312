/**
 * "Compare states": the jurisdictions named in the address (?compare=TX&compare=CA, or ?compare=TX,CA) are the
 * only rows shown, so a comparison is a plain link anyone can share. Without JavaScript the form still puts the
 * choice in the address and the full table shows. Reading the choice is pure (`comparedCodes`) so it is tested.
 */
export const MAX_COMPARED = 5;

/** The valid codes asked for, in order, without repeats; `tooMany` when more than five were asked. */
export function comparedCodes(search: string, known: ReadonlySet<string>): { codes: string[]; tooMany: boolean } {
	const asked = new URLSearchParams(search)
		.getAll('compare')
		.flatMap((v) => v.split(','))
		.map((v) => v.trim().toUpperCase())
		.filter((v) => known.has(v));
	const unique = [...new Set(asked)];
	return { codes: unique.slice(0, MAX_COMPARED), tooMany: unique.length > MAX_COMPARED };
}

export function enhanceComparison(tableId: string): void {
	const table = document.getElementById(tableId) as HTMLTableElement | null;
	const status = document.querySelector<HTMLElement>(`[data-compare-status="${tableId}"]`);
	const body = table?.tBodies[0];
	if (!table || !body || !status) return;
	const rows = Array.from(body.rows).filter((r) => r.dataset.stateRow);
	const known = new Set(rows.map((r) => r.dataset.stateRow!));
	const { codes, tooMany } = comparedCodes(window.location.search, known);
	for (const box of document.querySelectorAll<HTMLInputElement>(`[data-compare-form="${tableId}"] input[name="compare"]`))
		box.checked = codes.includes(box.value);
	if (codes.length === 0) return;
	const chosen = codes.map((code) => rows.find((r) => r.dataset.stateRow === code)!);
	for (const row of rows) {
		const compared = codes.includes(row.dataset.stateRow!);
		row.hidden = !compared;
		row.toggleAttribute('data-excluded', !compared);
		row.toggleAttribute('data-compared', compared);
	}
	// Side by side in the order chosen.
	body.prepend(...chosen);
	const names = chosen.map((r) => r.cells[0]?.dataset.sortValue ?? r.dataset.stateRow).join(', ');
	const message = status.querySelector<HTMLElement>('[data-compare-message]');
	if (message) message.textContent = (message.dataset.template ?? '{names}').replace('{names}', names);
	status.querySelector<HTMLElement>('[data-compare-too-many]')?.toggleAttribute('hidden', !tooMany);
	status.hidden = false;
	// The row filter would show every row again; the comparison is the filter until "show all".
	const controls = document.querySelector<HTMLElement>(`[data-table-controls="${tableId}"]`);
	if (controls) controls.hidden = true;
}
