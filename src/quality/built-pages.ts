/** The HTML pages of a built site, as site paths ("/states/texas/", "/404.html"). */
import { readdirSync } from 'node:fs';

export function builtHtmlPaths(dist: string): string[] {
	return (readdirSync(dist, { recursive: true }) as string[])
		.filter((f) => f.endsWith('.html'))
		.map((f) => `/${f.replaceAll('\\', '/').replace(/(^|\/)index\.html$/, '$1')}`)
		.sort();
}
