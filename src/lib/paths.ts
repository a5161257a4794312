/** Where content lives. Tests and benchmarks set KB_CONTENT_DIR to build other content with the same code. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CONTENT_ROOT = resolve(process.env.KB_CONTENT_DIR ?? 'content');

/**
 * Astro's build cache, one per content root and per version of the schemas. Its content store keeps parsed
 * entries between builds and does not notice a schema change (it hashes the data, not the schema), so editing
 * src/schemas/ would otherwise serve stale entries; and building other content (the benchmark's) into the same
 * cache would leave those pages behind for the next build of ours.
 */
function schemasDigest(): string {
	const dir = resolve('src/schemas');
	const hash = createHash('sha256');
	if (existsSync(dir)) for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
	return hash.digest('hex').slice(0, 8);
}

export const CACHE_DIR = `./node_modules/.astro/content-${createHash('sha256').update(CONTENT_ROOT).digest('hex').slice(0, 8)}-${schemasDigest()}/`;

/** Absolute path of a file or folder under the content root. */
export function contentDir(sub: string): string {
	return join(CONTENT_ROOT, sub);
}
