/**
 * Show human labels in Pagefind's filter panel inside Starlight's search modal, once the modal opens.
 * Pagefind's UI keeps references to its text nodes and rewrites them when counts change, so the labels are
 * changed inside those same nodes, and changed again whenever Pagefind rewrites them.
 */
interface Labels {
	values: Record<string, Record<string, string>>;
	names: Record<string, string>;
}

function setText(el: Element | null, text: string): void {
	const node = el?.firstChild;
	if (node?.nodeType === Node.TEXT_NODE && node.nodeValue !== text) node.nodeValue = text;
}

function relabel(root: Element, labels: Labels): void {
	for (const group of root.querySelectorAll<HTMLElement>('.pagefind-ui__filter-block')) {
		const key = group.querySelector<HTMLInputElement>('.pagefind-ui__filter-checkbox')?.name ?? '';
		const name = labels.names[key];
		if (name) {
			setText(group.querySelector('.pagefind-ui__filter-name'), name);
			setText(group.querySelector('.pagefind-ui__filter-group-label'), name);
		}
		for (const value of group.querySelectorAll<HTMLElement>('.pagefind-ui__filter-value')) {
			const code = value.querySelector<HTMLInputElement>('.pagefind-ui__filter-checkbox')?.value ?? '';
			const label = value.querySelector('.pagefind-ui__filter-label');
			const human = labels.values[key]?.[code];
			// The label's first text node holds the code; the count follows in its own node.
			const first = label?.firstChild?.nodeValue ?? '';
			if (human) setText(label, first.replace(/^\s*\S.*?(\s*)$/, `${human}$1`));
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
