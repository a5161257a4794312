/**
 * `npm run bench:lighthouse`: Lighthouse 12.2.3 (fetched from the npm registry by npx, pinned) with Debian's
 * Chromium on the home page, a state guide and a protocol of the built site. A report, not a test:
 * writes bench/lighthouse.json and .md. Run `npm run build` first.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { startStaticServer } from '../../src/server/static-server.ts';

const LIGHTHOUSE = '12.2.3';
const PAGES = ['/', '/states/texas/', '/protocols/responding-to-disclosure/'];
const server = await startStaticServer(resolve('dist'), 0);
const port = (server.address() as { port: number }).port;
const out = mkdtempSync(join(tmpdir(), 'kb-lighthouse-'));
const rows: { page: string; scores: Record<string, number | null> }[] = [];
for (const [i, path] of PAGES.entries()) {
	const report = join(out, `${i}.json`);
	// Asynchronous: the static server runs in this process and must keep answering while Lighthouse loads pages.
	try {
		await promisify(execFile)(
			'npx',
			[
				'--yes',
				`lighthouse@${LIGHTHOUSE}`,
				`http://127.0.0.1:${port}${path}`,
				'--output=json',
				`--output-path=${report}`,
				'--quiet',
				'--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
				'--only-categories=performance,accessibility,best-practices,seo',
			],
			{
				env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
				timeout: 300_000,
				maxBuffer: 64 * 1024 * 1024,
			},
		);
	} catch (error) {
		console.error(`Lighthouse failed on ${path}: ${(error as Error).message.slice(-2000)}`);
		rows.push({ page: path, scores: {} });
		continue;
	}
	const lhr = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number | null }> };
	rows.push({
		page: path,
		scores: Object.fromEntries(Object.entries(lhr.categories).map(([k, v]) => [k, v.score === null ? null : Math.round(v.score * 100)])),
	});
}
server.close();
writeFileSync('bench/lighthouse.json', `${JSON.stringify({ date: new Date().toISOString(), lighthouse: LIGHTHOUSE, rows }, null, 2)}\n`);
const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
const md = [
	'# Lighthouse',
	'',
	`${new Date().toISOString().slice(0, 10)} · Lighthouse ${LIGHTHOUSE} · Debian Chromium, headless, localhost (mobile emulation, Lighthouse defaults).`,
	'',
	`| Page | ${cats.join(' | ')} |`,
	`| --- | ${cats.map(() => '---').join(' | ')} |`,
	...rows.map((r) => `| ${r.page} | ${cats.map((c) => r.scores[c] ?? 'n/a').join(' | ')} |`),
	'',
].join('\n');
writeFileSync('bench/lighthouse.md', md);
console.log(md);
