/**
 * What a first visit to a page costs: the HTML, its stylesheets and the JavaScript it loads eagerly (module
 * scripts and everything they import statically), each gzip-compressed as a server would send it.
 * Lazy imports (Pagefind's search UI, loaded when search opens) are not counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { eagerScripts } from './eager-scripts.ts';

export interface PageWeight {
	html: number;
	css: number;
	js: number;
	total: number;
	/** Eager scripts, as site paths (inline scripts as "inline #n"). */
	scripts: string[];
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export function pageWeight(dist: string, htmlPath: string): PageWeight {
	const html = readFileSync(htmlPath, 'utf8');
	const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"(?![^>]*media="print")[^>]*>/g)].map((m) => m[1]!);
	const scripts = eagerScripts(dist, html);
	const jsBytes = scripts.reduce((sum, script) => sum + gz(script.code), 0);
	const cssBytes = css.reduce((sum, href) => sum + gz(readFileSync(join(dist, href))), 0);
	const htmlBytes = gz(html);
	return {
		html: htmlBytes,
		css: cssBytes,
		js: jsBytes,
		total: htmlBytes + cssBytes + jsBytes,
		scripts: scripts.map((script) => script.id),
	};
}
