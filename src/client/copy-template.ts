/**
 * Copy buttons for note templates (components/CopyTemplate.astro). The template is plain text in a <pre>, readable
 * and selectable without JavaScript; the button only appears when this script runs. Loaded as a bundled module, so it
 * needs no inline script and no change to the Content-Security-Policy.
 */
async function copyText(text: string, pre: HTMLElement): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// Clipboard API refused (older browser, or permission): select the text so Ctrl+C works, and try the old way.
		const range = document.createRange();
		range.selectNodeContents(pre);
		const selection = window.getSelection();
		selection?.removeAllRanges();
		selection?.addRange(range);
		try {
			return document.execCommand('copy');
		} catch {
			return false;
		}
	}
}

export function enhanceCopyTemplates(): void {
	for (const figure of document.querySelectorAll<HTMLElement>('[data-copy-template]')) {
		const pre = figure.querySelector<HTMLElement>('pre');
		const button = figure.querySelector<HTMLButtonElement>('button[data-copy-button]');
		const status = figure.querySelector<HTMLElement>('[data-copy-status]');
		if (!pre || !button || !status) continue;
		button.hidden = false;
		button.addEventListener('click', async () => {
			const ok = await copyText(pre.textContent ?? '', pre);
			status.textContent = ok ? (button.dataset.copied ?? 'Copied') : (button.dataset.failed ?? 'Select the text and copy it');
		});
	}
}
