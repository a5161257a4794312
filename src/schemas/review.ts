/** The review block every page carries: draft until a named clinician reviews it. */
import { z } from 'astro/zod';
import { isoDate } from './fields.ts';
import { REVIEW_STATUS_CODES } from './vocabulary.ts';

export const reviewerSchema = z.strictObject({
	name: z.string().trim().min(1).describe('Full name of the reviewer, as they want it shown.'),
	credentials: z.string().trim().min(1).describe('Professional credentials, e.g. "MD, MPH" or "RN, SANE-A".'),
	role: z.string().trim().min(1).optional().describe('Role or affiliation relevant to the review, e.g. "Emergency physician".'),
});

export const reviewSchema = z
	.strictObject({
		status: z.enum(REVIEW_STATUS_CODES).describe('`draft` until a named clinician has reviewed the whole page; then `reviewed`.'),
		reviewers: z.array(reviewerSchema).default([]).describe('Who reviewed the page. Required (at least one) when status is `reviewed`.'),
		lastReviewed: isoDate
			.nullable()
			.default(null)
			.describe('Day of the last full clinical review (YYYY-MM-DD). Required when status is `reviewed`.'),
		nextReview: isoDate
			.nullable()
			.default(null)
			.describe('Day the next review is due (YYYY-MM-DD). Required when status is `reviewed`; a page past it shows a banner.'),
	})
	.superRefine((review, ctx) => {
		if (review.status !== 'reviewed') return;
		if (review.reviewers.length === 0)
			ctx.addIssue({
				code: 'custom',
				path: ['reviewers'],
				message: 'at least one named reviewer when status is `reviewed`',
				input: review.reviewers,
			});
		if (!review.lastReviewed)
			ctx.addIssue({
				code: 'custom',
				path: ['lastReviewed'],
				message: 'a date (YYYY-MM-DD) when status is `reviewed`',
				input: review.lastReviewed,
			});
		if (!review.nextReview)
			ctx.addIssue({
				code: 'custom',
				path: ['nextReview'],
				message: 'a date (YYYY-MM-DD) when status is `reviewed`',
				input: review.nextReview,
			});
		if (review.lastReviewed && review.nextReview && review.nextReview <= review.lastReviewed)
			ctx.addIssue({
				code: 'custom',
				path: ['nextReview'],
				message: `a date after lastReviewed (${review.lastReviewed})`,
				input: review.nextReview,
			});
	})
	.describe('Clinical review status. Every page starts as `draft` and shows a "pending clinical review" notice.');

export type Review = z.infer<typeof reviewSchema>;
