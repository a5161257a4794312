/** The review queue's items for every page of a content root: the data behind /contribute/review-queue/ and the report. */
import { join } from 'node:path';
import type { QueueItem } from '../quality/review-report.ts';
import type { PageKind } from '../schemas/vocabulary.ts';
import type { ValidPage } from '../validation/cross-references.ts';
import { lastCommitDate } from './git-dates.ts';
import { pageReview } from './page-reviews.ts';
import { CONTENT_ROOT } from './paths.ts';

export interface QueuePage {
	id: string;
	title: string;
	kind: PageKind;
	/** Source file (absolute, or relative to the project root). */
	file: string;
}

/** A validated page of the content root, as the queue needs it. */
export function queuePage(page: Pick<ValidPage, 'id' | 'relPath' | 'data'>): QueuePage {
	return { id: page.id, title: page.data.title, kind: page.data.type, file: join(CONTENT_ROOT, 'docs', page.relPath) };
}

export function queueItem({ id, title, kind, file }: QueuePage, day?: string): QueueItem {
	const review = pageReview(id, kind, file, day);
	return {
		id,
		title,
		kind,
		status: review.status,
		reviewedOn: review.record?.date,
		due: review.due,
		periodMonths: review.periodMonths,
		changes: review.changes,
		reviewers: review.reviewers.map((r) => `${r.name}, ${r.credentials}`),
		lastChanged: lastCommitDate(file)?.toISOString().slice(0, 10),
	};
}
