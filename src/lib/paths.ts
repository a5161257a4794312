/** Where content lives. Tests and benchmarks set KB_CONTENT_DIR to build other content with the same code. */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

export const CONTENT_ROOT = resolve(process.env.KB_CONTENT_DIR ?? 'content');

/**
 * Astro's build cache, one per content root: its content store keeps entries between builds, so building other
 * content (the benchmark's) into the default cache would leave those pages behind for the next build of ours.
 */
export const CACHE_DIR = process.env.KB_CONTENT_DIR
	? `./node_modules/.astro/content-${createHash('sha256').update(CONTENT_ROOT).digest('hex').slice(0, 12)}/`
	: './node_modules/.astro/';

/** Absolute path of a file or folder under the content root. */
export function contentDir(sub: string): string {
	return join(CONTENT_ROOT, sub);
}
