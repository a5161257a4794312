/** The policy hashes exactly the inline scripts a page has, allows nothing unsafe, and sits right after the charset. */
import { describe, expect, it } from 'vitest';
import { inlineHashes, policy, sha256, withMetaPolicy } from '../../../src/security/csp.ts';

/** A policy as directive → sources, as a browser reads it. */
function directives(text: string): Map<string, string[]> {
	return new Map(
		text
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name!, sources]),
	);
}

/** Sources that weaken a policy. Only `style-src-attr 'unsafe-inline'` is accepted (decision 0003: Starlight's style attributes). */
const UNSAFE = /^('unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|https?:|data:|blob:)$/;
const ACCEPTED = new Set(["style-src-attr 'unsafe-inline'", 'img-src data:', 'worker-src blob:']);

describe('content security policy', () => {
	const html =
		'<html><head><title>x</title><meta charset="utf-8"><script>a()</script><script type="module" src="/x.js"></script><style>p{}</style></head><body><script type="module">b()</script></body></html>';

	it('hashes inline scripts and style elements, not external scripts', () => {
		expect(inlineHashes(html)).toEqual({ scripts: [sha256('a()'), sha256('b()')].sort(), styles: [sha256('p{}')] });
	});

	it('allows scripts only from this site and by hash, and WebAssembly for search, nothing else', () => {
		const parsed = directives(policy({ scripts: ["'sha256-x'", "'sha256-y'"], styles: ["'sha256-z'"] }));
		expect(parsed.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-x'", "'sha256-y'"]);
		expect(parsed.get('style-src')).toEqual(["'self'", "'sha256-z'"]);
		expect(parsed.get('default-src')).toEqual(["'self'"]);
		expect(parsed.get('object-src')).toEqual(["'none'"]);
		expect(parsed.get('base-uri')).toEqual(["'self'"]);
	});

	it('has no unsafe source in any directive, in the meta policy or the header', () => {
		for (const header of [false, true]) {
			const unsafe = [...directives(policy({ scripts: ["'sha256-x'"], styles: [], header }))].flatMap(([name, sources]) =>
				sources.filter((s) => UNSAFE.test(s) && !ACCEPTED.has(`${name} ${s}`)).map((s) => `${name} ${s}`),
			);
			expect(unsafe).toEqual([]);
		}
	});

	it('adds frame-ancestors only to the header, where browsers honour it', () => {
		expect(directives(policy({ scripts: [], styles: [] })).has('frame-ancestors')).toBe(false);
		expect(directives(policy({ scripts: [], styles: [], header: true })).get('frame-ancestors')).toEqual(["'none'"]);
	});

	it('puts the policy right after the charset, at the top of <head>', () => {
		const out = withMetaPolicy(html, "default-src 'self'");
		expect(
			out.startsWith('<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><title>'),
		).toBe(true);
	});
});
