/** Reading the built site in tests. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtHtmlFile, builtHtmlPaths } from '../../src/quality/built-pages.ts';

export const DIST = resolve('dist');

/** Every built HTML file, as URL paths ("/states/texas/"). */
export function builtPages(): string[] {
	return builtHtmlPaths(DIST);
}

/** Path of the HTML file for a URL path. */
export function htmlFile(urlPath: string): string {
	return builtHtmlFile(DIST, urlPath);
}

export function readPage(urlPath: string): string {
	const file = htmlFile(urlPath);
	if (!existsSync(file)) throw new Error(`No built page for ${urlPath} (expected ${file})`);
	return readFileSync(file, 'utf8');
}
