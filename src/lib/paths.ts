/** Where content lives. Tests and benchmarks set KB_CONTENT_DIR to build other content with the same code. */
import { join, resolve } from 'node:path';

export const CONTENT_ROOT = resolve(process.env.KB_CONTENT_DIR ?? 'content');

/** Absolute path of a file or folder under the content root. */
export function contentDir(sub: string): string {
	return join(CONTENT_ROOT, sub);
}
