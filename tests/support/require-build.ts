/** The site and browser suites test the real build: fail clearly if there is none. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export default function setup() {
	if (!existsSync(join(resolve('dist'), 'index.html')))
		throw new Error(
			'No built site in dist/. `npm test` builds it first; to run a suite alone, run `npm run build` before `npx vitest --project site`.',
		);
}
