/**
 * Recording a review (`npm run review:sign`): the reviewer added to content/data/reviewers.yaml if new, and a
 * record appended to content/data/reviews/<page id>.yaml with the day, the scope and the fingerprint of the
 * page's content as it is now. Refuses a page with content problems, an unknown reviewer id, unknown sections,
 * and a Spanish page signed by someone who does not review in Spanish.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { slug } from 'github-slugger';
import { isSeq, parseDocument } from 'yaml';
import { reviewData } from '../lib/page-reviews.ts';
import { fingerprint, pageParts, partsInScope } from '../lib/review-fingerprint.ts';
import type { ReviewRecord } from '../schemas/review-record.ts';
import type { Reviewer } from '../schemas/reviewer.ts';
import { formatProblem } from '../validation/problem.ts';
import { entryIdFor } from '../validation/source-files.ts';
import { validateContent } from '../validation/validate-content.ts';

export interface SignRequest {
	/** The page's file, as given on the command line. */
	file: string;
	/** An existing reviewer, or a new one described by name, credentials and role. */
	reviewer?: string;
	name?: string;
	credentials?: string;
	role?: string;
	languages?: string[];
	competingInterests?: string;
	/** Ids of the sections reviewed; none: the whole page. */
	sections?: string[];
	today: string;
	/** Git commit holding the page as reviewed, when the file has no uncommitted change. */
	commit?: string;
}

export interface SignResult {
	pageId: string;
	reviewer: Reviewer;
	newReviewer: boolean;
	record: ReviewRecord;
	reviewsFile: string;
}

export class SignError extends Error {}

/** Append an item to the YAML list in `path` (created if missing), keeping its comments. */
function appendToYamlList(path: string, item: unknown, header: string, key?: string): void {
	const doc = parseDocument(existsSync(path) ? readFileSync(path, 'utf8') : `${header}\n${key ? `${key}: []` : '[]'}\n`);
	const list = key ? doc.get(key) : doc.contents;
	if (!isSeq(list)) throw new SignError(`${path} does not hold a list${key ? ` under "${key}"` : ''}; fix it by hand first.`);
	list.flow = false;
	list.add(doc.createNode(item));
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, doc.toString({ lineWidth: 120 }));
}

export function signReview(contentRoot: string, request: SignRequest): SignResult {
	const docsRoot = join(contentRoot, 'docs');
	const file = resolve(request.file);
	if (!existsSync(file)) throw new SignError(`There is no file ${request.file}.`);
	const rel = relative(docsRoot, file);
	if (rel.startsWith('..')) throw new SignError(`${request.file} is not a page under ${relative(process.cwd(), docsRoot)}/.`);

	const { problems } = validateContent(contentRoot);
	const own = problems.filter((p) => resolve(p.file) === file);
	if (own.length > 0)
		throw new SignError(`${request.file} has content problems; fix them before it is reviewed:\n\n${own.map(formatProblem).join('\n\n')}`);

	const source = readFileSync(file, 'utf8');
	const pageId = entryIdFor(rel);
	const lang = pageId.startsWith('es/') ? 'es' : 'en';
	const { reviewers } = reviewData(contentRoot);

	let reviewer: Reviewer;
	let newReviewer = false;
	if (request.reviewer) {
		const known = reviewers.get(request.reviewer);
		if (!known)
			throw new SignError(
				`No reviewer "${request.reviewer}" in content/data/reviewers.yaml. Give --name, --credentials and --role to add one.`,
			);
		reviewer = known;
	} else {
		if (!request.name || !request.credentials || !request.role)
			throw new SignError('Say who reviewed: --reviewer <id>, or --name "Full Name" --credentials "MD, MPH" --role "Emergency physician".');
		const same = [...reviewers.values()].find((r) => r.name === request.name && r.credentials === request.credentials);
		if (same) reviewer = same;
		else {
			const base = slug(request.name.normalize('NFD').replace(/\p{M}/gu, ''));
			let id = base;
			for (let n = 2; reviewers.has(id); n++) id = `${base}-${n}`;
			reviewer = {
				id,
				name: request.name,
				credentials: request.credentials,
				role: request.role,
				languages: (request.languages?.length ? request.languages : [lang]) as Reviewer['languages'],
				competingInterests: request.competingInterests ?? 'Not declared',
				since: request.today,
			};
			newReviewer = true;
		}
	}
	if (!reviewer.languages.includes(lang))
		throw new SignError(
			`${reviewer.name} reviews in ${reviewer.languages.join(', ')}; this page is in ${lang === 'es' ? 'Spanish' : 'English'}. A translation is reviewed by someone who reviews in its language.`,
		);

	const sections = request.sections ?? [];
	const parts = pageParts(source);
	const known = new Set(parts.filter((p) => p.name.startsWith('section:')).map((p) => p.name.slice('section:'.length)));
	const unknown = sections.filter((s) => !known.has(s));
	if (unknown.length > 0)
		throw new SignError(`No section ${unknown.map((s) => `"${s}"`).join(', ')} on this page. Its sections: ${[...known].join(', ')}.`);

	const inScope = partsInScope(parts, sections);
	const record: ReviewRecord = {
		reviewers: [reviewer.id],
		date: request.today,
		sections,
		fingerprint: fingerprint(inScope),
		parts: Object.fromEntries(inScope.map((p) => [p.name, p.hash])),
		...(request.commit ? { commit: request.commit } : {}),
	};

	if (newReviewer)
		appendToYamlList(
			join(contentRoot, 'data', 'reviewers.yaml'),
			reviewer,
			'# The people who review pages (see content/data/reviews/README.md).',
		);
	const reviewsFile = join(contentRoot, 'data', 'reviews', `${pageId}.yaml`);
	const { sections: s, ...rest } = record;
	appendToYamlList(reviewsFile, s.length ? record : rest, `# Reviews of ${pageId}, written by npm run review:sign.`, 'reviews');
	return { pageId, reviewer, newReviewer, record, reviewsFile };
}
