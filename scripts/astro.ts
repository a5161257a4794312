/**
 * Run the Astro CLI with telemetry off (the site must make no network requests, at build time included)
 * and without Astro's agent auto-backgrounding of `astro dev`. Cross-platform, unlike `VAR=1 astro …`.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { siteOrigin } from '../src/config/site-origin.ts';

// A deploy build without SITE_URL would publish pages that cannot name their own address: stop here, in one message.
if (process.argv[2] === 'build') {
	try {
		siteOrigin();
	} catch (error) {
		console.error(`✖ ${(error as Error).message}`);
		process.exit(1);
	}
}

const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const result = spawnSync(process.execPath, [astroBin, ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DEV_BACKGROUND: '0' },
});
process.exit(result.status ?? 1);
