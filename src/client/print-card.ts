/**
 * "Print card" on protocol pages (components/BedsideCard.astro): opens the card, marks the page so the print
 * stylesheet keeps only the card, and prints. The mark is removed after printing so Ctrl+P prints the whole page again.
 */
const PRINTING = 'kb-printing-card';

export function enhancePrintCards(): void {
	for (const card of document.querySelectorAll<HTMLDetailsElement>('details[data-bedside-card]')) {
		const button = card.parentElement?.querySelector<HTMLButtonElement>('button[data-print-card]');
		if (!button) continue;
		button.hidden = false;
		button.addEventListener('click', () => {
			card.open = true;
			document.documentElement.classList.add(PRINTING);
			window.print();
		});
	}
	window.addEventListener('afterprint', () => document.documentElement.classList.remove(PRINTING));
}
