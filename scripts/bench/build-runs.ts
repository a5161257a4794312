/** One cold build of one site for the build benchmark (scripts/bench/build.ts), and what it produced. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sidebarConfig } from '../../src/lib/sections.ts';

const ASTRO = resolve('node_modules/astro/bin/astro.mjs');

export type SiteVariant = 'ours' | 'stock' | 'stock-sections';

export interface Run {
	site: SiteVariant;
	sourcePages: number;
	htmlPages: number;
	buildSeconds: number;
	peakMemoryMB: number | null;
	outputBytesPerPage: number;
	pagefindBytes: number;
}

function dirBytes(dir: string, filter: (f: string) => boolean = () => true): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const f of readdirSync(dir, { recursive: true }) as string[]) {
		const path = join(dir, f);
		if (filter(f) && statSync(path).isFile()) {
			bytes += statSync(path).size;
			files++;
		}
	}
	return { bytes, files };
}

/** Run `astro <args>` under GNU time when available, for peak memory (max RSS of the largest process). */
function timedAstro(args: string[], cwd: string, env: NodeJS.ProcessEnv): { seconds: number; peakKB: number | null } {
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

function measure(site: SiteVariant, sourcePages: number, outDir: string, timing: ReturnType<typeof timedAstro>): Run {
	const html = dirBytes(outDir, (f) => f.endsWith('.html'));
	return {
		site,
		sourcePages,
		htmlPages: html.files,
		buildSeconds: Math.round(timing.seconds * 10) / 10,
		peakMemoryMB: timing.peakKB ? Math.round(timing.peakKB / 1024) : null,
		outputBytesPerPage: Math.round(html.bytes / html.files),
		pagefindBytes: dirBytes(join(outDir, 'pagefind')).bytes,
	};
}

/** A fresh stock Starlight project on the same pages and locales; `sidebar` as given, or Starlight's default. */
function stockProject(dir: string, docs: string, sidebar?: unknown): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src/content'), { recursive: true });
	cpSync(docs, join(dir, 'src/content/docs'), { recursive: true });
	const options = {
		title: 'Stock Starlight',
		defaultLocale: 'root',
		locales: { root: { label: 'English', lang: 'en' }, es: { label: 'Español', lang: 'es' } },
		...(sidebar ? { sidebar } : {}),
	};
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [starlight(${JSON.stringify(options)})] });\n`,
	);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
}

function stockVariant(id: SiteVariant, label: string, sidebar?: unknown) {
	return {
		id,
		label,
		build(root: string, content: string, pages: number): Run {
			const dir = join(root, id);
			stockProject(dir, join(content, 'docs'), sidebar);
			return measure(id, pages, join(dir, 'dist'), timedAstro(['build'], dir, {}));
		},
	};
}

/** The sites compared, in the order A, B, C. */
export const VARIANTS = [
	{
		id: 'ours' as SiteVariant,
		label: 'this site',
		build(root: string, content: string, pages: number): Run {
			// Cold: no content store or Vite cache from an earlier run (the cache is per content root).
			rmSync(resolve('.astro'), { recursive: true, force: true });
			rmSync(resolve('node_modules/.astro'), { recursive: true, force: true });
			const out = join(root, 'ours');
			rmSync(out, { recursive: true, force: true });
			return measure('ours', pages, out, timedAstro(['build', '--outDir', out], process.cwd(), { KB_CONTENT_DIR: content }));
		},
	},
	stockVariant('stock', 'stock Starlight'),
	// Our sidebar lists the sections on every page (and expands the current one); this isolates our other work.
	stockVariant('stock-sections', 'stock Starlight, our section sidebar', sidebarConfig()),
];
