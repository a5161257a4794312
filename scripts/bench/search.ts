/**
 * `npm run bench:search`: on the built site served locally, measure the search index size, the bytes a typical
 * query fetches (Pagefind's library, WebAssembly and index chunks), and the time from typing to first results in
 * headless Chromium. Writes bench/search-results.json and .md. Run `npm run build` first.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../src/server/static-server.ts';

const DIST = resolve('dist');
const QUERIES = [
	'Texas Medicaid',
	'T visa',
	'interpreter',
	'pregnant teen',
	'emergency department',
	'RAFT',
	'crime victim compensation',
	'Obamacare',
];
const RUNS = 5;

function bytesUnder(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const f of readdirSync(dir, { recursive: true }) as string[]) {
		const s = statSync(join(dir, f));
		if (s.isFile()) {
			bytes += s.size;
			files++;
		}
	}
	return { bytes, files };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const index = bytesUnder(join(DIST, 'pagefind'));
const server = await startStaticServer(DIST, 0);
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
});

const perQuery: { query: string; coldBytes: number; coldRequests: number; coldMs: number; warmMs: number }[] = [];
for (const query of QUERIES) {
	const cold: { bytes: number; requests: number; ms: number }[] = [];
	const warm: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		let bytes = 0;
		let requests = 0;
		page.on('response', async (response) => {
			if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
			requests++;
			bytes += (await response.request().sizes()).responseBodySize; // as sent, compressed where the server compresses
		});
		await page.goto(`http://127.0.0.1:${port}/search/`, { waitUntil: 'networkidle' });
		const input = page.getByLabel('Search for');
		const typeAndWait = async (q: string) => {
			await input.fill('');
			await page.waitForTimeout(50);
			const started = await page.evaluate(() => performance.now());
			await input.fill(q);
			await page.locator('.kb-search__results li').first().waitFor();
			return (await page.evaluate(() => performance.now())) - started;
		};
		const ms = await typeAndWait(query);
		cold.push({ bytes, requests, ms });
		warm.push(await typeAndWait(`${query} `));
		await context.close();
	}
	perQuery.push({
		query,
		coldBytes: median(cold.map((c) => c.bytes)),
		coldRequests: median(cold.map((c) => c.requests)),
		coldMs: Math.round(median(cold.map((c) => c.ms))),
		warmMs: Math.round(median(warm)),
	});
}
await browser.close();
server.close();

const results = {
	date: new Date().toISOString(),
	indexBytes: index.bytes,
	indexFiles: index.files,
	runsPerQuery: RUNS,
	perQuery,
	medians: {
		coldBytes: median(perQuery.map((q) => q.coldBytes)),
		coldMs: median(perQuery.map((q) => q.coldMs)),
		warmMs: median(perQuery.map((q) => q.warmMs)),
	},
};
writeFileSync('bench/search-results.json', `${JSON.stringify(results, null, 2)}\n`);
const md = [
	'# Search benchmark',
	'',
	`${results.date.slice(0, 10)}. Pagefind index: ${(index.bytes / 1024).toFixed(0)} KiB in ${index.files} files (English and Spanish). Headless Chromium against the built site on localhost; medians of ${RUNS} runs. "Cold" is a fresh browser (library, WebAssembly, index chunks fetched); "warm" is the next query in the same page. Times include the search page's 200 ms typing debounce; bytes are as sent (the server compresses text like a production host).`,
	'',
	'| Query | Bytes fetched (cold) | Requests (cold) | Typing → first results, cold (ms) | Warm (ms) |',
	'| --- | --- | --- | --- | --- |',
	...perQuery.map((q) => `| ${q.query} | ${q.coldBytes} | ${q.coldRequests} | ${q.coldMs} | ${q.warmMs} |`),
	'',
	`Typical query: ${results.medians.coldBytes} bytes fetched, ${results.medians.coldMs} ms cold, ${results.medians.warmMs} ms warm.`,
	'',
].join('\n');
writeFileSync('bench/search-results.md', md);
console.log(md);
