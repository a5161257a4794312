/** Parse built pages in tests. */
import { type HTMLElement, parse } from 'node-html-parser';
import { readPage } from './dist.ts';

export function page(urlPath: string): HTMLElement {
	return parse(readPage(urlPath));
}

/** Visible-ish text of an element, whitespace collapsed. */
export function text(el: HTMLElement | null | undefined): string {
	return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
