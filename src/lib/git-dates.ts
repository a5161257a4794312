/**
 * Last commit date of every content file, from one `git log` run per build (not one per page).
 * Starlight's own lookup assumes content in src/content/docs; ours lives in content/docs.
 */
import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { CONTENT_ROOT } from './paths.ts';

let cache: Map<string, Date> | undefined;

function load(): Map<string, Date> {
	const dates = new Map<string, Date>();
	const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' });
	if (top.status !== 0) return dates;
	const root = top.stdout.trim();
	// The content root may be elsewhere (KB_CONTENT_DIR); outside the repository, git simply finds no dates.
	const log = spawnSync('git', ['log', '--format=t:%ct', '--name-only', '--', relative(root, CONTENT_ROOT) || '.'], {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (log.status !== 0) return dates;
	let current = 0;
	for (const line of log.stdout.split('\n')) {
		if (line.startsWith('t:')) current = Number(line.slice(2)) * 1000;
		else if (line && !dates.has(resolve(root, line))) dates.set(resolve(root, line), new Date(current));
	}
	return dates;
}

/** Date of the newest commit touching `filePath` (relative to the project root), or undefined if uncommitted. */
export function lastCommitDate(filePath: string): Date | undefined {
	cache ??= load();
	return cache.get(resolve(filePath)) ?? cache.get(resolve(relative(process.cwd(), filePath)));
}
