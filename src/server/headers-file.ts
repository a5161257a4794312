/**
 * Parse a Netlify / Cloudflare Pages `_headers` file and find the headers for a path, so the local server
 * (and the tests) apply exactly what the static host will.
 */
export interface HeaderRule {
	pattern: string;
	headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const raw of text.split(/\r?\n/)) {
		if (!raw.trim() || raw.trim().startsWith('#')) continue;
		if (!/^\s/.test(raw)) {
			rules.push({ pattern: raw.trim(), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const colon = raw.indexOf(':');
		if (!rule || colon === -1) throw new Error(`_headers: a header line must follow a path line and contain ":" — "${raw.trim()}"`);
		rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
	}
	return rules;
}

/** Does a `_headers` path pattern (with `*` splats and `:name` placeholders) match a URL path? */
export function matchesPattern(pattern: string, path: string): boolean {
	const regex = pattern
		.split('*')
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-zA-Z]\w*/g, '[^/]+'))
		.join('.*');
	return new RegExp(`^${regex}$`).test(path);
}

/** All headers that apply to a path; later rules add to earlier ones, as on Netlify and Cloudflare. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const rule of rules) if (matchesPattern(rule.pattern, path)) for (const [name, value] of rule.headers) out[name] = value;
	return out;
}
