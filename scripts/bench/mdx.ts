/**
 * `npm run bench:mdx`: does MDX's `optimize` make the real site build faster? Builds the real content with
 * `mdx({ optimize: false })` (A) and `mdx({ optimize: true })` (B) in the order A B B A, cold, and writes
 * bench/mdx-results.json and bench/mdx-results.md. Run it on a quiet machine.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const CONFIG = resolve('astro.config.bench-mdx.mjs');
const OUT = resolve('bench/.work/mdx');

/** A config that is ours with one MDX integration, right after Starlight, with the given `optimize`. */
function writeConfig(optimize: boolean): void {
	writeFileSync(
		CONFIG,
		`import mdx from '@astrojs/mdx';
import config from './astro.config.mjs';
const rest = config.integrations.filter((i) => i.name !== '@astrojs/mdx');
const at = rest.findIndex((i) => i.name === '@astrojs/starlight') + 1;
export default { ...config, integrations: [...rest.slice(0, at), mdx({ optimize: ${optimize} }), ...rest.slice(at)] };
`,
	);
}

function build(optimize: boolean): { optimize: boolean; seconds: number; htmlPages: number } {
	writeConfig(optimize);
	rmSync(resolve('node_modules/.astro'), { recursive: true, force: true });
	rmSync(OUT, { recursive: true, force: true });
	const started = performance.now();
	const result = spawnSync(process.execPath, ['scripts/astro.ts', 'build', '--config', CONFIG, '--outDir', OUT], { encoding: 'utf8' });
	const seconds = Math.round((performance.now() - started) / 100) / 10;
	if (result.status !== 0) throw new Error(`Build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
	const htmlPages = (readdirSync(OUT, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
	console.log(`optimize ${optimize}: ${seconds} s, ${htmlPages} pages`);
	return { optimize, seconds, htmlPages };
}

try {
	const runs = [false, true, true, false].map(build);
	const seconds = (optimize: boolean) => runs.filter((r) => r.optimize === optimize).map((r) => r.seconds);
	const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;
	const results = { date: new Date().toISOString(), htmlPages: runs[0]!.htmlPages, runs, off: seconds(false), on: seconds(true) };
	writeFileSync('bench/mdx-results.json', `${JSON.stringify(results, null, '\t')}\n`);
	const md = [
		'# MDX `optimize`: off against on',
		'',
		`${results.date.slice(0, 10)} · the real site (${results.htmlPages} HTML pages), cold builds in the order off, on, on, off.`,
		'',
		'| optimize | Runs (s) | Mean (s) |',
		'| --- | --- | --- |',
		`| off | ${results.off.join(', ')} | ${mean(results.off)} |`,
		`| on | ${results.on.join(', ')} | ${mean(results.on)} |`,
		'',
	].join('\n');
	writeFileSync('bench/mdx-results.md', md);
	console.log(md);
} finally {
	rmSync(CONFIG, { force: true });
}
