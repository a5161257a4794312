/**
 * A small static server for the built site: serves dist/, applies dist/_headers like the production host,
 * serves 404.html for missing pages, redirects /page to /page/, and compresses text as production hosts do. Used by
 * `npm start`, the browser tests and the benchmarks.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
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

/** Text compresses well; Pagefind's files are compressed already and images gain nothing. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

/** Brotli (at a speed-friendly level) when the browser takes it, else gzip, else nothing. */
function compressor(acceptEncoding: string | undefined, type: string) {
	if (!COMPRESSIBLE.test(type)) return null;
	const accepted = acceptEncoding ?? '';
	if (/\bbr\b/.test(accepted))
		return { encoding: 'br', stream: () => createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) };
	if (/\bgzip\b/.test(accepted)) return { encoding: 'gzip', stream: () => createGzip() };
	return null;
}

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
			const type = TYPES[extname(filePath)] ?? 'application/octet-stream';
			const compress = compressor(req.headers['accept-encoding'], type);
			res.writeHead(status, {
				'Content-Type': type,
				...(compress ? { 'Content-Encoding': compress.encoding, Vary: 'Accept-Encoding' } : {}),
				...headersFor(rules, urlPath),
			});
			if (req.method === 'HEAD') res.end();
			else if (compress) createReadStream(filePath).pipe(compress.stream()).pipe(res);
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
