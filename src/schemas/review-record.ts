/**
 * The reviews of one page (content/data/reviews/<page id>.yaml), written by `npm run review:sign`. Each record
 * binds a review to the exact content reviewed by its fingerprint, so a later change shows on the page.
 */
import { z } from 'astro/zod';
import { isoDate } from './fields.ts';

const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'a reviewer id from content/data/reviewers.yaml' });

export const reviewRecordSchema = z.strictObject({
	reviewers: z.array(key).min(1, { error: 'at least one reviewer id' }).describe('Ids of the reviewers, from content/data/reviewers.yaml.'),
	date: isoDate.describe('Day of the review (YYYY-MM-DD).'),
	sections: z
		.array(z.string().regex(/^[a-z0-9-]+$/, { error: 'a section id (the heading anchor, e.g. "what-to-do-now")' }))
		.default([])
		.describe('Ids of the sections reviewed, when the review covered only part of the page. Empty: the whole page.'),
	fingerprint: z
		.string()
		.regex(/^[0-9a-f]{16}$/, { error: 'the 16-character fingerprint written by `npm run review:sign`' })
		.describe('Fingerprint of the reviewed content (text and facts, not formatting), by `npm run review:sign`.'),
	parts: z
		.record(z.string(), z.string().regex(/^[0-9a-f]{8}$/))
		.describe('Fingerprint of each part reviewed (each field, fact and section), to say what changed since.'),
	commit: z
		.string()
		.regex(/^[0-9a-f]{40}$/)
		.optional()
		.describe('Git commit holding the reviewed text, for a link to what changed since.'),
});

export const pageReviewsSchema = z
	.strictObject({
		reviews: z.array(reviewRecordSchema).min(1).describe('Reviews of the page, oldest first.'),
	})
	.describe('The review records of one page; the file name is the page id (e.g. protocols/emergency-department.yaml).');

export type ReviewRecord = z.infer<typeof reviewRecordSchema>;
