/** The policy hashes exactly the inline scripts a page has, and sits right after the charset. */
import { describe, expect, it } from 'vitest';
import { inlineHashes, policy, sha256, withMetaPolicy } from '../../../src/security/csp.ts';

describe('content security policy', () => {
	const html =
		'<html><head><title>x</title><meta charset="utf-8"><script>a()</script><script type="module" src="/x.js"></script><style>p{}</style></head><body><script type="module">b()</script></body></html>';
	it('hashes inline scripts and style elements, not external scripts', () => {
		expect(inlineHashes(html)).toEqual({ scripts: [sha256('a()'), sha256('b()')].sort(), styles: [sha256('p{}')] });
	});
	it('allows no eval and no inline script without a hash; the header adds frame-ancestors', () => {
		const meta = policy({ scripts: ["'sha256-x'"], styles: [] });
		expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-x'");
		expect(meta).not.toContain('unsafe-eval;');
		expect(meta).not.toContain('frame-ancestors');
		expect(policy({ scripts: [], styles: [], header: true })).toContain("frame-ancestors 'none'");
	});
	it('puts the policy right after the charset, at the top of <head>', () => {
		const out = withMetaPolicy(html, "default-src 'self'");
		expect(
			out.startsWith('<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><title>'),
		).toBe(true);
	});
});
