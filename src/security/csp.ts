/**
 * The Content-Security-Policy, computed from the built HTML: every inline script and style element is allowed
 * by its SHA-256 hash, everything else must come from this origin. Pure functions; the integration applies them.
 * Why each directive is what it is: docs/decisions/0003-content-security-policy.md.
 */
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;
const STYLE_ELEMENT = /<style(\s[^>]*)?>([\s\S]*?)<\/style>/g;

export function sha256(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes of the inline scripts and style elements of one HTML document. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	for (const [, attrs = '', body = ''] of html.matchAll(INLINE_SCRIPT))
		if (!/\ssrc=/.test(attrs) && body.length > 0) scripts.add(sha256(body));
	for (const [, , body = ''] of html.matchAll(STYLE_ELEMENT)) styles.add(sha256(body));
	return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

export interface PolicyOptions {
	scripts: readonly string[];
	styles: readonly string[];
	/** For the HTTP header only: directives a <meta> policy cannot carry. */
	header?: boolean;
}

/** The policy text. The header adds frame-ancestors, which browsers ignore in a <meta> policy. */
export function policy({ scripts, styles, header = false }: PolicyOptions): string {
	const directives = [
		"default-src 'self'",
		// Pagefind's search runs WebAssembly; no other eval of any kind.
		`script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`.trim(),
		`style-src 'self' ${styles.join(' ')}`.trim(),
		// Starlight sets CSS custom properties in style attributes (icon sizes, sidebar depth).
		"style-src-attr 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	];
	if (header) directives.push("frame-ancestors 'none'", 'upgrade-insecure-requests');
	return directives.join('; ');
}

/**
 * Put the policy at the top of <head>, right after the charset (which must stay within the first 1024 bytes);
 * a <meta> policy only covers what follows it. Replaces any earlier policy.
 */
export function withMetaPolicy(html: string, content: string): string {
	const cleaned = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '');
	const meta = `<meta http-equiv="Content-Security-Policy" content="${content}">`;
	const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(cleaned);
	if (charset) return cleaned.replace(charset[0], '').replace(/<head>/i, `<head>${charset[0]}${meta}`);
	return cleaned.replace(/<head>/i, `<head>${meta}`);
}
