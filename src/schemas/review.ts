/**
 * The `review` block pages used to carry. Reviews are now recorded apart from the page, in
 * content/data/reviews/<page id>.yaml, by `npm run review:sign`, and bound to the text reviewed; the status a page
 * shows is worked out from them (src/lib/review-state.ts). The block is still accepted, as `status: draft` only,
 * so older pages and pull requests keep validating; leave it out of new pages.
 */
import { z } from 'astro/zod';

export const reviewSchema = z
	.strictObject({
		status: z
			.literal('draft', {
				error: '`draft`: a review is recorded with `npm run review:sign` (content/data/reviews/), never set in the page',
			})
			.describe('Always `draft`: a page is reviewed by recording a review with `npm run review:sign`, not by editing this.'),
	})
	.optional()
	.describe('Optional and unneeded: reviews live in content/data/reviews/ (see CONTRIBUTING.md, "Review and sign-off").');
