/** Show human labels in Pagefind's filter panel inside Starlight's search modal, once the modal opens. */
interface Labels {
	values: Record<string, Record<string, string>>;
	names: Record<string, string>;
}

function relabel(root: Element, labels: Labels): void {
	for (const group of root.querySelectorAll<HTMLElement>('.pagefind-ui__filter-block')) {
		const nameEl = group.querySelector<HTMLElement>('.pagefind-ui__filter-name');
		const key = nameEl?.dataset.kbKey ?? nameEl?.textContent?.trim() ?? '';
		if (nameEl && labels.names[key]) {
			nameEl.dataset.kbKey = key;
			nameEl.textContent = labels.names[key];
		}
		for (const value of group.querySelectorAll<HTMLElement>('.pagefind-ui__filter-value')) {
			const labelEl = value.querySelector<HTMLElement>('.pagefind-ui__filter-label');
			const code = labelEl?.dataset.kbCode ?? labelEl?.textContent?.trim() ?? '';
			const human = labels.values[key]?.[code];
			if (labelEl && human && labelEl.textContent !== human) {
				labelEl.dataset.kbCode = code;
				labelEl.textContent = human;
			}
		}
	}
}

export function labelFilterPanel(): void {
	const dialog = document.querySelector('site-search dialog');
	const json = document.getElementById('kb-search-labels')?.textContent;
	if (!dialog || !json) return;
	const labels = JSON.parse(json) as Labels;
	let observer: MutationObserver | undefined;
	// Start watching the results only when the reader opens search; until then nothing runs.
	new MutationObserver(() => {
		if (!dialog.hasAttribute('open') || observer) return;
		observer = new MutationObserver(() => relabel(dialog, labels));
		observer.observe(dialog, { childList: true, subtree: true, characterData: true });
		relabel(dialog, labels);
	}).observe(dialog, { attributes: true, attributeFilter: ['open'] });
}
