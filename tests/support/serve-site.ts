/** Serve dist/ on a free localhost port for the browser suite, with dist/_headers applied. */
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../src/server/static-server.ts';
import { assertChromium } from './chromium.ts';
import { DIST } from './dist.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

export default async function setup(project: TestProject) {
	assertChromium();
	const server = await startStaticServer(DIST, 0, '127.0.0.1');
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('Static server did not get a port');
	project.provide('baseURL', `http://127.0.0.1:${address.port}`);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
