/**
 * `node scripts/pr-summary.ts --base origin/main`: Markdown for a pull request's job summary (CI appends it to
 * $GITHUB_STEP_SUMMARY): the pages it changes, their review status, the reviewers CODEOWNERS will ask, and the
 * state facts whose values change.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'codeowners-utils';
import { CONTENT_ROOT } from '../src/lib/paths.ts';
import { queueItem } from '../src/lib/review-queue.ts';
import { loadYaml } from '../src/lib/yaml.ts';
import { type ChangedFile, prSummaryMarkdown } from '../src/quality/pr-summary.ts';
import type { PageKind } from '../src/schemas/vocabulary.ts';
import { entryIdFor } from '../src/validation/source-files.ts';

const { values } = parseArgs({ options: { base: { type: 'string', default: 'origin/main' } } });
const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const diff = git('diff', '--name-only', `${values.base}...HEAD`, '--', 'content');
if (diff.status !== 0) {
	console.error(`✖ git could not compare with ${values.base}: ${diff.stderr.trim()}`);
	process.exit(1);
}
const docsRoot = relative(process.cwd(), `${CONTENT_ROOT}/docs`);
const files: ChangedFile[] = diff.stdout
	.split('\n')
	.filter(Boolean)
	.map((path) => {
		const before = git('show', `${values.base}:${path}`);
		const after = existsSync(path) ? readFileSync(path, 'utf8') : null;
		const file: ChangedFile = { path, before: before.status === 0 ? before.stdout : null, after };
		if (after !== null && path.startsWith(`${docsRoot}/`) && /\.mdx?$/.test(path)) {
			const data = loadYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(after)?.[1] ?? '') as { title?: string; type?: PageKind } | null;
			if (data?.type && data.title)
				file.review = queueItem({ id: entryIdFor(relative(docsRoot, path)), title: data.title, kind: data.type, file: path });
		}
		return file;
	});
const codeowners = existsSync('.github/CODEOWNERS') ? parse(readFileSync('.github/CODEOWNERS', 'utf8')) : [];
console.log(prSummaryMarkdown(files, codeowners));
