/**
 * `npm run review:sign -- <page file> --name "Full Name" --credentials "MD, MPH" --role "Emergency physician"`
 * or `--reviewer <id>` for someone already in content/data/reviewers.yaml. Options: `--sections a,b` when only
 * those sections were reviewed; `--languages en,es` and `--competing-interests "…"` for a new reviewer.
 * Records the review with today's date and the page's fingerprint; refuses a page with content problems.
 */
import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { SignError, signReview } from '../src/authoring/review-sign.ts';
import { today } from '../src/lib/dates.ts';
import { CONTENT_ROOT } from '../src/lib/paths.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		reviewer: { type: 'string' },
		name: { type: 'string' },
		credentials: { type: 'string' },
		role: { type: 'string' },
		languages: { type: 'string' },
		'competing-interests': { type: 'string' },
		sections: { type: 'string' },
	},
});
const list = (v?: string) =>
	v
		?.split(',')
		.map((s) => s.trim())
		.filter(Boolean);

/** The commit holding the file, when the file is committed as it is now (so a diff link shows what changed since). */
function commitOf(file: string): string | undefined {
	const dirty = spawnSync('git', ['status', '--porcelain', '--', file], { encoding: 'utf8' });
	if (dirty.status !== 0 || dirty.stdout.trim() !== '') return undefined;
	const head = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' });
	return head.status === 0 ? head.stdout.trim() : undefined;
}

const [file] = positionals;
if (!file) {
	console.error('✖ Name the page you reviewed: npm run review:sign -- content/docs/protocols/emergency-department.mdx --reviewer <id>');
	process.exit(1);
}
try {
	const result = signReview(CONTENT_ROOT, {
		file,
		reviewer: values.reviewer,
		name: values.name,
		credentials: values.credentials,
		role: values.role,
		languages: list(values.languages),
		competingInterests: values['competing-interests'],
		sections: list(values.sections),
		today: today(),
		commit: commitOf(file),
	});
	if (result.newReviewer) console.log(`✔ Added ${result.reviewer.name} (${result.reviewer.id}) to content/data/reviewers.yaml.`);
	console.log(
		`✔ Recorded the review of ${result.pageId} by ${result.reviewer.name} on ${result.record.date} in ${relative(process.cwd(), result.reviewsFile)}.`,
	);
	console.log('  Commit both files; the page will say it was reviewed, and will say so no longer if it changes.');
} catch (error) {
	if (!(error instanceof SignError)) throw error;
	console.error(`✖ ${error.message}`);
	process.exit(1);
}
