/**
 * What a first visit to a page costs: the HTML, its stylesheets and the JavaScript it loads eagerly (module
 * scripts and everything they import statically), each gzip-compressed as a server would send it.
 * Lazy imports (Pagefind's search UI, loaded when search opens) are not counted.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
	html: number;
	css: number;
	js: number;
	total: number;
	/** Eager scripts, as site paths (inline scripts as "inline:<first words>"). */
	scripts: string[];
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Static imports of a built module (`import"./x.js"`, `from"./x.js"`), as file paths. */
function staticImports(file: string): string[] {
	const code = readFileSync(file, 'utf8');
	const out: string[] = [];
	for (const [, spec] of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g))
		out.push(join(dirname(file), spec!));
	return out;
}

export function pageWeight(dist: string, htmlPath: string): PageWeight {
	const html = readFileSync(htmlPath, 'utf8');
	const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"(?![^>]*media="print")[^>]*>/g)].map((m) => m[1]!);
	const entry = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
	const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const imported of staticImports(file)) visit(imported);
	};
	for (const src of entry) visit(join(dist, src));
	const jsBytes = [...seen].reduce((sum, f) => sum + gz(readFileSync(f)), 0) + inline.reduce((sum, code) => sum + gz(code), 0);
	const cssBytes = css.reduce((sum, href) => sum + gz(readFileSync(join(dist, href))), 0);
	const htmlBytes = gz(html);
	return {
		html: htmlBytes,
		css: cssBytes,
		js: jsBytes,
		total: htmlBytes + cssBytes + jsBytes,
		scripts: [...[...seen].map((f) => f.slice(dist.length)), ...inline.map((code) => `inline:${code.trim().slice(0, 40)}`)],
	};
}
