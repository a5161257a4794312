/**
 * A small static server for the built site: serves dist/, applies dist/_headers like the production host,
 * serves 404.html for missing pages, and redirects /page to /page/. Used by `npm start` and the browser tests.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

export function startStaticServer(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
	const headersPath = join(root, '_headers');
	const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path: string;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400).end();
			return;
		}
		const file = normalize(join(root, path));
		if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
			res.writeHead(403).end();
			return;
		}
		const send = (filePath: string, status = 200, urlPath = path) => {
			res.writeHead(status, { 'Content-Type': TYPES[extname(filePath)] ?? 'application/octet-stream', ...headersFor(rules, urlPath) });
			if (req.method === 'HEAD') res.end();
			else createReadStream(filePath).pipe(res);
		};
		if (existsSync(file) && statSync(file).isFile()) return send(file);
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!path.endsWith('/')) {
				res.writeHead(301, { Location: `${path}/${url.search}` }).end();
				return;
			}
			const index = join(file, 'index.html');
			if (existsSync(index)) return send(index);
		}
		const notFound = join(root, '404.html');
		if (existsSync(notFound)) return send(notFound, 404, '/404.html');
		res.writeHead(404).end('Not found');
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(server));
	});
}
