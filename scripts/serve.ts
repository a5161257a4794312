/** `npm run preview`: serve the built site (dist/) on http://localhost:4321 with the production headers. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStaticServer } from '../src/server/static-server.ts';

const root = resolve('dist');
const port = Number(process.env.PORT ?? 4321);
if (!existsSync(root)) {
	console.error('No built site in dist/. Run `npm run build` first (or `npm start`, which builds and serves).');
	process.exit(1);
}
await startStaticServer(root, port, 'localhost');
console.log(`Serving the built site at http://localhost:${port}/ (Ctrl+C to stop)`);
