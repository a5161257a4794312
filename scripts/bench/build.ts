/**
 * `npm run bench`: build this site and stock Starlight on the same synthetic content, cold, and write
 * bench/results.json and bench/results.md.
 *
 *   npm run bench -- --pages real --pages 1000 --pages 5000 --once 10000
 *
 * Three sites per size: this site; stock Starlight with its default sidebar (every page on every page); and stock
 * Starlight with the same one-link-per-section sidebar as ours, which isolates what this site adds (validation,
 * middleware, link check, CSP pass). `--pages` sizes run in the order A B C C B A and report the median and range
 * of the two runs of each; `--once` sizes run each site once (stock with the default sidebar is skipped above
 * `--stock-default-max` pages: its HTML grows with the square of the page count). `real` is the real site's page
 * count. Run it on a quiet machine: other work on the cores moves every figure.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Run, type SiteVariant, VARIANTS } from './build-runs.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

const { values } = parseArgs({
	options: {
		pages: { type: 'string', multiple: true, default: [] },
		once: { type: 'string', multiple: true, default: [] },
		'stock-default-max': { type: 'string', default: '5000' },
		out: { type: 'string', default: 'bench' },
	},
});
const WORK = resolve('bench/.work');

/** The real site's number of content pages (English sources), for a synthetic site of the same size. */
function realSitePages(): number {
	return (readdirSync('content/docs', { recursive: true }) as string[]).filter((f) => /\.mdx?$/.test(f) && !f.startsWith('es/')).length;
}
const size = (v: string) => (v === 'real' ? realSitePages() : Number(v));
const repeated = values.pages!.map(size);
const once = values.once!.map(size);
if (repeated.length + once.length === 0) repeated.push(1000);
const stockDefaultMax = Number(values['stock-default-max']);

const runs: Run[] = [];
for (const [pagesWanted, order] of [...repeated.map((n) => [n, 'ABCCBA'] as const), ...once.map((n) => [n, 'ABC'] as const)]) {
	const root = join(WORK, `pages-${pagesWanted}`);
	rmSync(root, { recursive: true, force: true });
	const content = join(root, 'content');
	const { pages } = writeSyntheticContent(content, pagesWanted);
	console.log(`\n${pages} synthetic pages in ${content}; order ${order}`);
	const sequence = [...order].map((letter) => VARIANTS['ABC'.indexOf(letter)]!);
	for (const [i, variant] of sequence.entries()) {
		if (variant.id === 'stock' && pages > stockDefaultMax) continue;
		console.log(`Building ${variant.label} (${i + 1}/${sequence.length})…`);
		runs.push(variant.build(root, content, pages));
		console.log(runs.at(-1));
	}
}

// Summaries: per size and site, the median and range of its runs; ratios of medians.
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const sizes = [...new Set(runs.map((r) => r.sourcePages))].sort((a, b) => a - b);
const summary = sizes.flatMap((pages) =>
	VARIANTS.flatMap((variant) => {
		const mine = runs.filter((r) => r.sourcePages === pages && r.site === variant.id);
		if (mine.length === 0) return [];
		const seconds = mine.map((r) => r.buildSeconds);
		const memory = mine.flatMap((r) => (r.peakMemoryMB === null ? [] : [r.peakMemoryMB]));
		return [
			{
				pages,
				site: variant.id as SiteVariant,
				runs: mine.length,
				htmlPages: mine[0]!.htmlPages,
				buildSeconds: round(median(seconds)),
				buildSecondsRange: [Math.min(...seconds), Math.max(...seconds)] as const,
				msPerHtmlPage: Math.round((median(seconds) * 1000) / mine[0]!.htmlPages),
				peakMemoryMB: memory.length ? Math.round(median(memory)) : null,
				peakMemoryRange: memory.length ? ([Math.min(...memory), Math.max(...memory)] as const) : null,
				htmlBytesPerPage: mine[0]!.outputBytesPerPage,
				pagefindBytes: mine[0]!.pagefindBytes,
			},
		];
	}),
);
const row = (pages: number, site: SiteVariant) => summary.find((s) => s.pages === pages && s.site === site);
const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? round(a / b, 2) : null);
const ratios = sizes.map((pages) => {
	const ours = row(pages, 'ours')!;
	return {
		pages,
		timeVsStock: ratio(ours.buildSeconds, row(pages, 'stock')?.buildSeconds),
		timeVsStockSameSidebar: ratio(ours.buildSeconds, row(pages, 'stock-sections')?.buildSeconds),
		memoryVsStock: ratio(ours.peakMemoryMB, row(pages, 'stock')?.peakMemoryMB),
		memoryVsStockSameSidebar: ratio(ours.peakMemoryMB, row(pages, 'stock-sections')?.peakMemoryMB),
		bytesPerPageVsStock: ratio(ours.htmlBytesPerPage, row(pages, 'stock')?.htmlBytesPerPage),
	};
});
// Linear growth: time and memory per page at the largest size against the smallest size of at least 1,000 pages.
const big = sizes.filter((n) => n >= 1000);
const growth = (site: SiteVariant) => {
	const [first, last] = [row(big[0]!, site), row(big.at(-1)!, site)];
	if (!first || !last || first === last) return null;
	return {
		from: first.pages,
		to: last.pages,
		msPerPage: ratio(last.msPerHtmlPage, first.msPerHtmlPage),
		memoryPerPage: ratio((last.peakMemoryMB ?? 0) / last.pages, (first.peakMemoryMB ?? 0) / first.pages),
		bytesPerPage: ratio(last.htmlBytesPerPage, first.htmlBytesPerPage),
	};
};

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const version = (pkg: string) => JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version as string;
const results = {
	date: new Date().toISOString(),
	command: `npm run bench -- ${process.argv.slice(2).join(' ')}`,
	commit: git('rev-parse', 'HEAD'),
	uncommittedChanges: git('status', '--porcelain').length > 0,
	versions: {
		node: process.version,
		astro: version('astro'),
		starlight: version('@astrojs/starlight'),
		mdx: version('@astrojs/mdx'),
		pagefind: version('pagefind'),
	},
	machine: {
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model ?? 'unknown',
		memoryGB: Math.round(totalmem() / 2 ** 30),
		loadAverageAtEnd: loadavg().map((x) => round(x, 2)),
	},
	runs,
	summary,
	ratios,
	growth: { ours: growth('ours'), stockSameSidebar: growth('stock-sections') },
};
writeFileSync(join(values.out!, 'results.json'), `${JSON.stringify(results, null, '\t')}\n`);

const label = (site: SiteVariant) => VARIANTS.find((v) => v.id === site)!.label;
const x = (r: number | null) => (r === null ? 'n/a' : `${r}×`);
const md = [
	'# Build benchmark',
	'',
	`${results.date.slice(0, 10)} · commit \`${results.commit.slice(0, 7)}\`${results.uncommittedChanges ? ' (with uncommitted changes)' : ''} · ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGB} GB · Node ${results.versions.node}, Astro ${results.versions.astro}, Starlight ${results.versions.starlight} · load average at the end ${results.machine.loadAverageAtEnd.join(' / ')}.`,
	'',
	`Command: \`${results.command}\`. Cold builds of the same synthetic pages (English, plus a Spanish fallback for each page), one after the other. Sizes run twice go in the order A B C C B A (A this site, B stock Starlight, C stock Starlight with our one-link-per-section sidebar); figures are the median of the runs with the range in brackets. Peak memory is the largest process's maximum resident set (GNU time).`,
	'',
	'| Pages | Site | Runs | HTML pages | Build (s) | ms per page | Peak memory (MB) | HTML bytes per page | Pagefind bytes |',
	'| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
	...summary.map(
		(s) =>
			`| ${s.pages} | ${label(s.site)} | ${s.runs} | ${s.htmlPages} | ${s.buildSeconds} [${s.buildSecondsRange.join('–')}] | ${s.msPerHtmlPage} | ${s.peakMemoryMB ?? 'n/a'}${s.peakMemoryRange ? ` [${s.peakMemoryRange.join('–')}]` : ''} | ${s.htmlBytesPerPage} | ${s.pagefindBytes} |`,
	),
	'',
	'| Pages | Time vs stock | Time vs stock, same sidebar | Memory vs stock | Memory vs stock, same sidebar | Bytes per page vs stock |',
	'| --- | --- | --- | --- | --- | --- |',
	...ratios.map(
		(r) =>
			`| ${r.pages} | ${x(r.timeVsStock)} | ${x(r.timeVsStockSameSidebar)} | ${x(r.memoryVsStock)} | ${x(r.memoryVsStockSameSidebar)} | ${x(r.bytesPerPageVsStock)} |`,
	),
	'',
	...(['ours', 'stock-sections'] as const).flatMap((site) => {
		const g = growth(site);
		return g
			? [
					`Growth for ${label(site)}, ${g.from} → ${g.to} pages (1.0× is linear): time per page ${g.msPerPage}×, memory per page ${g.memoryPerPage}×, HTML bytes per page ${g.bytesPerPage}×.`,
					'',
				]
			: [];
	}),
	'Targets at 1,000 and 5,000 pages: build time ≤ 0.7× stock and peak memory ≤ stock, both growing linearly to 10,000.',
	'',
].join('\n');
writeFileSync(join(values.out!, 'results.md'), md);
console.log(md);
