/**
 * Four suites: `unit` (plain Node, no build), `components` (Astro components rendered in Node), `site` (reads
 * the built dist/) and `browser` (Chromium driven by playwright-core against dist/ served on localhost).
 * `npm test` builds first, then runs them all.
 */
import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
			// Astro components rendered with the Container API, compiled by Astro's own Vite setup.
			getViteConfig({ test: { name: 'components', include: ['tests/components/**/*.test.ts'], environment: 'node' } }),
			{
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					globalSetup: ['tests/support/require-build.ts'],
					testTimeout: 120_000,
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/support/require-build.ts', 'tests/support/serve-site.ts'],
					fileParallelism: false,
					testTimeout: 120_000,
					hookTimeout: 60_000,
				},
			},
		],
	},
});
