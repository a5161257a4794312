/** The HTML pages of a built site: their site paths ("/states/texas/", "/404.html") and the files behind them. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every built HTML page, as a site path, sorted. */
export function builtHtmlPaths(dist: string): string[] {
	return (readdirSync(dist, { recursive: true }) as string[])
		.filter((f) => f.endsWith('.html'))
		.map((f) => `/${f.replaceAll('\\', '/').replace(/(^|\/)index\.html$/, '$1')}`)
		.sort();
}

/** The file a built page is read from: "/states/texas/" → <dist>/states/texas/index.html; "/404.html" as it is. */
export function builtHtmlFile(dist: string, sitePath: string): string {
	const clean = sitePath.replace(/^\//, '');
	return clean.endsWith('.html') ? join(dist, clean) : join(dist, clean, 'index.html');
}
