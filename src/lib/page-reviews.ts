/**
 * Review records and reviewers, read once per build from content/data/ (already checked by the content check),
 * and each page's review state: the latest review against the page's current text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pageReviewsSchema, type ReviewRecord } from '../schemas/review-record.ts';
import { type Reviewer, reviewerSchema } from '../schemas/reviewer.ts';
import type { PageKind } from '../schemas/vocabulary.ts';
import { reviewFiles } from '../validation/reviews.ts';
import { today } from './dates.ts';
import { CONTENT_ROOT } from './paths.ts';
import { pageParts } from './review-fingerprint.ts';
import { type ReviewState, reviewState } from './review-state.ts';
import { loadYaml } from './yaml.ts';

interface ReviewData {
	reviewers: Map<string, Reviewer>;
	records: Map<string, ReviewRecord[]>;
}

let cache: ReviewData | undefined;

export function reviewData(root = CONTENT_ROOT): ReviewData {
	if (cache && root === CONTENT_ROOT) return cache;
	const file = join(root, 'data', 'reviewers.yaml');
	const list = existsSync(file) ? ((loadYaml(readFileSync(file, 'utf8')) as unknown[] | null) ?? []) : [];
	const reviewers = new Map(list.map((raw) => reviewerSchema.parse(raw)).map((r) => [r.id, r]));
	const records = new Map(
		reviewFiles(join(root, 'data', 'reviews')).map(({ pageId, path }) => [
			pageId,
			pageReviewsSchema.parse(loadYaml(readFileSync(path, 'utf8'))).reviews,
		]),
	);
	const data = { reviewers, records };
	if (root === CONTENT_ROOT) cache = data;
	return data;
}

export interface PageReview extends ReviewState {
	/** The reviewers of the latest review, as in the registry. */
	reviewers: Reviewer[];
}

/** The review state of a page, from its id, kind and source file (`filePath` relative to the project root). */
export function pageReview(id: string, kind: PageKind, filePath: string, day = today()): PageReview {
	const { reviewers, records } = reviewData();
	const state = reviewState(records.get(id) ?? [], pageParts(readFileSync(resolve(filePath), 'utf8')), kind, day);
	return { ...state, reviewers: (state.record?.reviewers ?? []).flatMap((r) => reviewers.get(r) ?? []) };
}
