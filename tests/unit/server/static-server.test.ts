/** The local server behaves like the production host: headers, 404s, trailing slashes and compressed text. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../../src/server/static-server.ts';

const html = `<!doctype html><title>Texas</title>${'<p>Texas Medicaid</p>'.repeat(200)}`;
let server: Server;
let base: string;

beforeAll(async () => {
	const root = mkdtempSync(join(tmpdir(), 'kb-server-'));
	mkdirSync(join(root, 'states/texas'), { recursive: true });
	writeFileSync(join(root, 'states/texas/index.html'), html);
	writeFileSync(join(root, '404.html'), '<!doctype html><title>Not found</title>');
	writeFileSync(join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
	writeFileSync(join(root, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
	server = await startStaticServer(root, 0);
	base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => server.close());

describe('the local static server', () => {
	it('compresses HTML with Brotli or gzip when the browser accepts it, and the page survives', async () => {
		for (const encoding of ['br', 'gzip']) {
			const response = await fetch(`${base}/states/texas/`, { headers: { 'Accept-Encoding': encoding } });
			expect(response.headers.get('content-encoding')).toBe(encoding);
			expect(response.headers.get('vary')).toBe('Accept-Encoding');
			expect(await response.text()).toBe(html); // fetch decompresses
		}
	});

	it('sends text as it is to a client that accepts no encoding, and images uncompressed', async () => {
		const plain = await fetch(`${base}/states/texas/`, { headers: { 'Accept-Encoding': 'identity' } });
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toBe(html);
		const image = await fetch(`${base}/logo.png`, { headers: { 'Accept-Encoding': 'br' } });
		expect(image.headers.get('content-encoding')).toBeNull();
	});

	it('applies _headers, redirects to the trailing slash and serves 404.html for a missing page', async () => {
		const page = await fetch(`${base}/states/texas/`);
		expect(page.headers.get('x-content-type-options')).toBe('nosniff');
		const redirect = await fetch(`${base}/states/texas`, { redirect: 'manual' });
		expect(redirect.status).toBe(301);
		expect(redirect.headers.get('location')).toBe('/states/texas/');
		const missing = await fetch(`${base}/states/atlantis/`);
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('Not found');
	});
});
