/** Build other content with this site's code (`astro build` through scripts/astro.ts) into `<root>/dist`. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function buildContent(contentRoot: string, env: Record<string, string | undefined> = {}) {
	const result = spawnSync(process.execPath, ['scripts/astro.ts', 'build', '--outDir', join(contentRoot, 'dist')], {
		env: { ...process.env, KB_CONTENT_DIR: contentRoot, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
		encoding: 'utf8',
		timeout: 180_000,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
