/** The host headers file is complete; every page carries its own CSP. (security.txt: site-origin.test.ts.) */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/server/headers-file.ts';
import { builtPages, DIST } from '../support/dist.ts';
import { page } from '../support/html.ts';

describe('host headers', () => {
	const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
	const headers = headersFor(rules, '/states/texas/');

	it('sends a strict policy and privacy headers for every page', () => {
		expect(headers).toMatchObject({ 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff' });
		expect(headers['Permissions-Policy']).toMatch(/geolocation=\(\)/);
		const csp = headers['Content-Security-Policy']!;
		for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "'wasm-unsafe-eval'"])
			expect(csp).toContain(directive);
		expect(csp).not.toContain("'unsafe-eval'");
		expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	});

	it('gives every page a meta policy that allows exactly its inline scripts', () => {
		for (const path of builtPages()) {
			const head = page(path).querySelector('head')!;
			const [first, second] = head.childNodes
				.filter((n) => n.nodeType === 1)
				.map((n) => n as unknown as { rawTagName: string; getAttribute: (a: string) => string | undefined });
			expect(first?.getAttribute('charset'), path).toBe('utf-8');
			expect(second?.getAttribute('http-equiv'), `${path}: the policy comes right after the charset`).toBe('Content-Security-Policy');
		}
	});

	it('caches hashed assets for a year, not pages', () => {
		expect(headersFor(rules, '/_astro/page.js')['Cache-Control']).toContain('immutable');
		expect(headers['Cache-Control']).toBeUndefined();
	});
});
