/**
 * The review records (content/data/reviews/<page id>.yaml): each names a page that exists and reviewers who are
 * in the registry, and a translated page is reviewed by someone who reviews in its language.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageReviewsSchema } from '../schemas/review-record.ts';
import type { Reviewer } from '../schemas/reviewer.ts';
import { schemaProblems, syntaxProblem } from './file-problems.ts';
import type { ContentProblem } from './problem.ts';
import { lineOf, readDataFile } from './source-files.ts';
import { closest } from './zod-issues.ts';

/** Page ids that have review files under `dir`, with their files. */
export function reviewFiles(dir: string): { pageId: string; path: string }[] {
	if (!existsSync(dir)) return [];
	return (readdirSync(dir, { recursive: true }) as string[])
		.filter((f) => /\.ya?ml$/.test(f))
		.sort()
		.map((f) => ({
			pageId: f
				.replace(/\.ya?ml$/, '')
				.split(/[\\/]/)
				.join('/'),
			path: join(dir, f),
		}));
}

export function checkReviews(dir: string, reviewers: readonly Reviewer[], pageIds: ReadonlySet<string>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const byId = new Map(reviewers.map((r) => [r.id, r]));
	for (const { pageId, path } of reviewFiles(dir)) {
		const file = readDataFile(path);
		if (file.syntaxError) {
			problems.push(syntaxProblem(file));
			continue;
		}
		if (!pageIds.has(pageId))
			problems.push({
				file: file.display,
				line: 1,
				field: '',
				expected: `a file named after a page: content/data/reviews/<page id>.yaml`,
				found: `"${relative(dir, path)}", but there is no page "${pageId}"`,
				hint: closest(pageId, [...pageIds]) ? `did you mean "${closest(pageId, [...pageIds])}.yaml"?` : undefined,
			});
		const found = schemaProblems(file, pageReviewsSchema, file.data);
		if (found.length > 0) {
			problems.push(...found);
			continue;
		}
		const { reviews } = pageReviewsSchema.parse(file.data);
		const lang = pageId.startsWith('es/') ? 'es' : 'en';
		reviews.forEach((review, i) => {
			review.reviewers.forEach((id, j) => {
				if (!byId.has(id))
					problems.push({
						file: file.display,
						line: lineOf(file, ['reviews', i, 'reviewers', j]),
						field: `reviews[${i}].reviewers[${j}]`,
						expected: 'the id of a reviewer in content/data/reviewers.yaml',
						found: `"${id}"`,
						hint: closest(id, [...byId.keys()])
							? `did you mean "${closest(id, [...byId.keys()])}"?`
							: 'add the reviewer with npm run review:sign',
					});
			});
			if (!review.reviewers.some((id) => byId.get(id)?.languages.includes(lang)))
				problems.push({
					file: file.display,
					line: lineOf(file, ['reviews', i, 'reviewers']),
					field: `reviews[${i}].reviewers`,
					expected: `at least one reviewer who reviews in ${lang === 'es' ? 'Spanish (languages: [es])' : 'English (languages: [en])'}`,
					found: review.reviewers.map((id) => `${id} (${byId.get(id)?.languages.join(', ') ?? 'unknown'})`).join(', '),
				});
		});
	}
	return problems;
}
