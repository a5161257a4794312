/**
 * The JavaScript a page runs as soon as it loads (inline scripts and module scripts with everything they import
 * statically), and the check that each is on the allow-list of docs/decisions/0004-javascript-before-search.md.
 * Lazy imports (Pagefind, loaded when search opens) are not eager and are not listed.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface EagerScript {
	/** A module's site path ("/_astro/page.x.js"), or "inline #n" for the n-th inline script. */
	id: string;
	code: string;
}

/** A script allowed to run before search is opened: what it is, how to recognise it, on which pages. */
export interface AllowedScript {
	name: string;
	/** Matches the script's code, and no other script's. */
	signature: RegExp;
	/** Site paths it may run on; every page when absent. */
	pages?: RegExp;
}

/** Static imports of a built module (`import"./x.js"`, `from"./x.js"`), as file paths. */
function staticImports(file: string): string[] {
	const code = readFileSync(file, 'utf8');
	const out: string[] = [];
	for (const [, spec] of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g))
		out.push(join(dirname(file), spec!));
	return out;
}

/** Every script the page runs at load, from its HTML (`dist` is the built site's folder). */
export function eagerScripts(dist: string, html: string): EagerScript[] {
	const entries = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => join(dist, m[1]!));
	const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const imported of staticImports(file)) visit(imported);
	};
	for (const file of entries) visit(file);
	return [
		...[...seen].map((file) => ({ id: file.slice(dist.length), code: readFileSync(file, 'utf8') })),
		...inline.map((code, i) => ({ id: `inline #${i + 1}`, code })),
	];
}

/** The page's scripts that no entry of the allow-list accounts for on that page, described for a test message. */
export function unlistedScripts(path: string, scripts: readonly EagerScript[], allowed: readonly AllowedScript[]): string[] {
	return scripts
		.filter((script) => !allowed.some((a) => a.signature.test(script.code) && (a.pages?.test(path) ?? true)))
		.map((script) => `${path} ${script.id}: ${script.code.trim().slice(0, 80).replace(/\s+/g, ' ')}`);
}
