/**
 * `npm run bench -- --pages 1000 --pages 5000`: build this site and a stock Starlight site on the same synthetic
 * content (same locales), cold, one after the other, and write bench/results.json and bench/results.md:
 * build seconds, ms per page, peak memory, output bytes per page, Pagefind index bytes, and ratios to stock.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticContent } from './synthetic-content.ts';

const { values } = parseArgs({
	options: { pages: { type: 'string', multiple: true, default: ['1000'] }, out: { type: 'string', default: 'bench' } },
});
const WORK = resolve('bench/.work');
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');

interface Run {
	site: 'this site' | 'stock Starlight';
	sourcePages: number;
	htmlPages: number;
	buildSeconds: number;
	msPerPage: number;
	peakMemoryMB: number | null;
	outputBytesPerPage: number;
	totalHtmlBytes: number;
	pagefindBytes: number;
}

function dirBytes(dir: string, filter: (f: string) => boolean = () => true): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const f of readdirSync(dir, { recursive: true }) as string[]) {
		const path = join(dir, f);
		if (statSync(path).isFile() && filter(f)) {
			bytes += statSync(path).size;
			files++;
		}
	}
	return { bytes, files };
}

/** Run a build under GNU time when available, for peak memory (max RSS of the process tree's largest member). */
function timedBuild(args: string[], cwd: string, env: NodeJS.ProcessEnv): { seconds: number; peakKB: number | null } {
	const useTime = existsSync('/usr/bin/time');
	const started = performance.now();
	const command = useTime ? '/usr/bin/time' : process.execPath;
	const argv = useTime ? ['-f', 'KB_MAXRSS=%M', process.execPath, ASTRO, ...args] : [ASTRO, ...args];
	const result = spawnSync(command, argv, {
		cwd,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		encoding: 'utf8',
		maxBuffer: 512 * 1024 * 1024,
	});
	const seconds = (performance.now() - started) / 1000;
	if (result.status !== 0) throw new Error(`Build failed in ${cwd}:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
	const peak = /KB_MAXRSS=(\d+)/.exec(result.stderr)?.[1];
	return { seconds, peakKB: peak ? Number(peak) : null };
}

function measure(site: Run['site'], sourcePages: number, outDir: string, timing: { seconds: number; peakKB: number | null }): Run {
	const html = dirBytes(outDir, (f) => f.endsWith('.html'));
	return {
		site,
		sourcePages,
		htmlPages: html.files,
		buildSeconds: Math.round(timing.seconds * 10) / 10,
		msPerPage: Math.round((timing.seconds * 1000) / html.files),
		peakMemoryMB: timing.peakKB ? Math.round(timing.peakKB / 1024) : null,
		outputBytesPerPage: Math.round(html.bytes / html.files),
		totalHtmlBytes: html.bytes,
		pagefindBytes: dirBytes(join(outDir, 'pagefind')).bytes,
	};
}

function stockProject(dir: string, docs: string): void {
	mkdirSync(join(dir, 'src/content'), { recursive: true });
	cpSync(docs, join(dir, 'src/content/docs'), { recursive: true });
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [starlight({ title: 'Stock Starlight', defaultLocale: 'root', locales: { root: { label: 'English', lang: 'en' }, es: { label: 'Español', lang: 'es' } } })] });\n`,
	);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
}

const runs: Run[] = [];
for (const n of values.pages!.map(Number)) {
	const root = join(WORK, `pages-${n}`);
	rmSync(root, { recursive: true, force: true });
	const content = join(root, 'content');
	const { pages } = writeSyntheticContent(content, n);
	console.log(`\n${pages} synthetic pages in ${content}`);

	rmSync(resolve('.astro'), { recursive: true, force: true });
	rmSync(resolve('node_modules/.astro'), { recursive: true, force: true });
	console.log('Building this site…');
	const ours = join(root, 'ours');
	runs.push(measure('this site', pages, ours, timedBuild(['build', '--outDir', ours], process.cwd(), { KB_CONTENT_DIR: content })));

	const stock = join(root, 'stock');
	stockProject(stock, join(content, 'docs'));
	console.log('Building stock Starlight…');
	runs.push(measure('stock Starlight', pages, join(stock, 'dist'), timedBuild(['build'], stock, {})));
	console.table(runs.filter((r) => r.sourcePages === pages));
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const bySize = [...new Set(runs.map((r) => r.sourcePages))].map((pages) => {
	const ours = runs.find((r) => r.sourcePages === pages && r.site === 'this site')!;
	const stock = runs.find((r) => r.sourcePages === pages && r.site === 'stock Starlight')!;
	return {
		pages,
		buildTimeRatio: ratio(ours.buildSeconds, stock.buildSeconds),
		memoryRatio: ours.peakMemoryMB && stock.peakMemoryMB ? ratio(ours.peakMemoryMB, stock.peakMemoryMB) : null,
		bytesPerPageRatio: ratio(ours.outputBytesPerPage, stock.outputBytesPerPage),
		pagefindRatio: ratio(ours.pagefindBytes, stock.pagefindBytes),
	};
});
const sizes = bySize.map((b) => b.pages).sort((a, b) => a - b);
const growth =
	sizes.length > 1
		? ratio(
				runs.find((r) => r.site === 'this site' && r.sourcePages === sizes.at(-1))!.outputBytesPerPage,
				runs.find((r) => r.site === 'this site' && r.sourcePages === sizes[0])!.outputBytesPerPage,
			)
		: null;
const results = {
	date: new Date().toISOString(),
	machine: { cpus: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
	runs,
	ratios: bySize,
	bytesPerPageGrowth: growth,
};
writeFileSync(join(values.out!, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const md = [
	'# Build benchmark',
	'',
	`${results.date.slice(0, 10)} · ${results.machine.cpus} cores, ${results.machine.memoryGB} GB · Node ${results.machine.node}. Cold builds of the same synthetic pages, English plus a Spanish fallback for each page, in both sites. Peak memory is the largest process's maximum resident set.`,
	'',
	'| Pages | Site | HTML pages | Build (s) | ms per page | Peak memory (MB) | HTML bytes per page | Pagefind bytes |',
	'| --- | --- | --- | --- | --- | --- | --- | --- |',
	...runs.map(
		(r) =>
			`| ${r.sourcePages} | ${r.site} | ${r.htmlPages} | ${r.buildSeconds} | ${r.msPerPage} | ${r.peakMemoryMB ?? 'n/a'} | ${r.outputBytesPerPage} | ${r.pagefindBytes} |`,
	),
	'',
	'| Pages | Build time vs stock | Memory vs stock | Bytes per page vs stock | Pagefind vs stock |',
	'| --- | --- | --- | --- | --- |',
	...bySize.map(
		(b) => `| ${b.pages} | ${b.buildTimeRatio}× | ${b.memoryRatio ?? 'n/a'}× | ${b.bytesPerPageRatio}× | ${b.pagefindRatio}× |`,
	),
	'',
	growth ? `Output bytes per page, largest size ÷ smallest: ${growth}× (target ≤ 1.1×). Build time target: ≤ 1.15× stock.` : '',
	'',
].join('\n');
writeFileSync(join(values.out!, 'results.md'), md);
console.log(md);
