/**
 * The header's search button and dialog. Runs at load only to listen for the button and Ctrl/⌘+K; the search code,
 * Pagefind and the search data load the first time the dialog opens.
 */
class SiteSearch extends HTMLElement {
	connectedCallback() {
		const dialog = this.querySelector('dialog');
		const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]');
		const root = this.querySelector<HTMLElement>('[data-search-ui]');
		if (!dialog || !openButton || !root) return;
		let ui: Promise<{ focus: () => void }> | undefined;

		const open = () => {
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			ui ??= import('./search-ui.ts').then((m) => m.startSearchUi(root, { id: 'kb-search-modal', syncUrl: false, filtersOpen: false }));
			ui.then((u) => u.focus()).catch(() => {
				root.textContent = root.dataset.error ?? '';
			});
		};
		const close = () => dialog.close();

		openButton.addEventListener('click', open);
		this.querySelector('[data-close-modal]')?.addEventListener('click', close);
		dialog.addEventListener('close', () => document.body.toggleAttribute('data-search-modal-open', false));
		// A click on the backdrop, or on a result, closes the dialog.
		dialog.addEventListener('click', (event) => {
			const target = event.target as Element;
			const box = dialog.getBoundingClientRect();
			const outside = event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
			if ((target === dialog && outside) || target.closest('a[href]:not([data-quick-exit-link])')) close();
		});
		addEventListener('keydown', (event) => {
			if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
				event.preventDefault();
				dialog.open ? close() : open();
			}
		});
	}
}
customElements.define('site-search', SiteSearch);
