/**
 * The job summary of a pull request, for reviewers: the pages it changes with their review status and the
 * reviewers CODEOWNERS will ask, and every state fact whose value it changes (old → new, with the source).
 * Pure: the script (scripts/pr-summary.ts) gathers the files from git.
 */
import { type CodeOwnersEntry, matchFile } from 'codeowners-utils';
import { loadYaml } from '../lib/yaml.ts';
import type { QueueItem } from './review-report.ts';

export interface ChangedFile {
	/** Path relative to the repository root. */
	path: string;
	/** The file's text on the base branch, or null if the pull request adds it. */
	before: string | null;
	/** Its text in the pull request, or null if the pull request deletes it. */
	after: string | null;
	/** Review state of the page as the pull request leaves it (pages only). */
	review?: Pick<QueueItem, 'id' | 'title' | 'status' | 'reviewedOn'>;
}

export interface FactChange {
	path: string;
	fact: string;
	before: string;
	after: string;
	source: string;
	asOf: string;
}

type Facts = Record<string, { value?: unknown; source?: string | null; asOf?: string } | undefined>;

function facts(text: string | null): Facts {
	const match = text ? /^---\r?\n([\s\S]*?)\r?\n---/.exec(text) : null;
	const data = match ? (loadYaml(match[1]!) as { facts?: Facts } | null) : null;
	return data?.facts ?? {};
}

const shown = (value: unknown) => (value === undefined ? '(none)' : value === null ? 'not yet verified' : JSON.stringify(value));

/** State facts whose value differs between the base and the pull request. */
export function factChanges(files: readonly ChangedFile[]): FactChange[] {
	return files.flatMap((file) => {
		const [before, after] = [facts(file.before), facts(file.after)];
		return [...new Set([...Object.keys(before), ...Object.keys(after)])].sort().flatMap((fact) => {
			const [b, a] = [before[fact]?.value, after[fact]?.value];
			if (JSON.stringify(b) === JSON.stringify(a)) return [];
			return [
				{
					path: file.path,
					fact,
					before: shown(b),
					after: shown(a),
					source: after[fact]?.source ?? '(none)',
					asOf: after[fact]?.asOf ?? '',
				},
			];
		});
	});
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function prSummaryMarkdown(files: readonly ChangedFile[], codeowners: CodeOwnersEntry[]): string {
	const pages = files.filter((f) => f.path.startsWith('content/docs/'));
	const others = files.filter((f) => !f.path.startsWith('content/docs/'));
	const owners = (path: string) => matchFile(path, codeowners)?.owners.join(' ') || '(none)';
	const change = (f: ChangedFile) => (f.before === null ? 'added' : f.after === null ? 'deleted' : 'changed');
	const facts = factChanges(files);
	return [
		'## Content this pull request changes',
		'',
		pages.length === 0
			? 'No pages.'
			: [
					'| Page | Change | Review status after this change | Reviewers CODEOWNERS will ask |',
					'| --- | --- | --- | --- |',
					...pages.map(
						(f) =>
							`| ${cell(f.review ? `${f.review.title} (\`${f.review.id}\`)` : `\`${f.path}\``)} | ${change(f)} | ${f.review ? `${f.review.status}${f.review.reviewedOn ? `, reviewed ${f.review.reviewedOn}` : ''}` : '—'} | ${owners(f.path)} |`,
					),
				].join('\n'),
		'',
		...(others.length
			? ['Other content files:', '', ...others.map((f) => `- \`${f.path}\` (${change(f)}), reviewers: ${owners(f.path)}`), '']
			: []),
		`### State facts whose values change (${facts.length})`,
		'',
		facts.length === 0
			? 'None.'
			: [
					'| Page | Fact | Before | After | Source | As of |',
					'| --- | --- | --- | --- | --- | --- |',
					...facts.map((f) => `| \`${f.path}\` | ${f.fact} | ${cell(f.before)} | ${cell(f.after)} | ${f.source} | ${f.asOf} |`),
				].join('\n'),
		'',
	].join('\n');
}
