/** Reading the built site in tests. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtHtmlPaths } from '../../src/quality/built-pages.ts';

export const DIST = resolve('dist');

/** Every built HTML file, as URL paths ("/states/texas/"). */
export function builtPages(): string[] {
	return builtHtmlPaths(DIST);
}

/** Path of the HTML file for a URL path. */
export function htmlFile(urlPath: string): string {
	const clean = urlPath.replace(/^\//, '');
	return clean.endsWith('.html') ? join(DIST, clean) : join(DIST, clean, 'index.html');
}

export function readPage(urlPath: string): string {
	const file = htmlFile(urlPath);
	if (!existsSync(file)) throw new Error(`No built page for ${urlPath} (expected ${file})`);
	return readFileSync(file, 'utf8');
}
