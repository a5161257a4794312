/** The local server reads `_headers` the way Netlify and Cloudflare Pages do. */
import { describe, expect, it } from 'vitest';
import { headersFor, matchesPattern, parseHeadersFile } from '../../../src/server/headers-file.ts';

describe('_headers', () => {
	const rules = parseHeadersFile(
		[
			'# comment',
			'/*',
			'  X-Content-Type-Options: nosniff',
			'  Referrer-Policy: no-referrer',
			'/_astro/*',
			'  Cache-Control: public, max-age=31536000, immutable',
			'',
		].join('\n'),
	);
	it('parses rules and their headers', () => {
		expect(rules).toHaveLength(2);
		expect(rules[1]!.headers).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
	});
	it('applies every matching rule', () => {
		expect(headersFor(rules, '/_astro/page.js')).toEqual({
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'no-referrer',
			'Cache-Control': 'public, max-age=31536000, immutable',
		});
		expect(headersFor(rules, '/states/texas/')).not.toHaveProperty('Cache-Control');
	});
	it('matches splats and placeholders', () => {
		expect(matchesPattern('/states/:state/', '/states/texas/')).toBe(true);
		expect(matchesPattern('/states/:state/', '/states/texas/x/')).toBe(false);
		expect(matchesPattern('/*', '/')).toBe(true);
	});
	it('rejects a header line with no path above it', () => {
		expect(() => parseHeadersFile('  X-Frame-Options: DENY')).toThrow(/must follow a path line/);
	});
});
