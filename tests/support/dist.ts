/** Reading the built site in tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const DIST = resolve('dist');

/** Every built HTML file, as URL paths ("/states/texas/"). */
export function builtPages(): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith('.html')) {
				const rel = relative(DIST, full).split(sep).join('/');
				out.push(`/${rel.replace(/(^|\/)index\.html$/, '$1')}`);
			}
		}
	};
	walk(DIST);
	return out.sort();
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
