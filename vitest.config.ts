/**
 * Three suites: `unit` (plain Node, no build), `site` (reads the built dist/) and `browser` (Chromium driven by
 * playwright-core against dist/ served on localhost). `npm test` builds first, then runs all three.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
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
