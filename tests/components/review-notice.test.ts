/** A page past its review date shows a banner; a draft shows the pending-review notice; the footer box says who reviewed it. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import en from '../../content/i18n/en.json';
import ReviewBox from '../../src/components/ReviewBox.astro';
import ReviewNotice from '../../src/components/ReviewNotice.astro';

const t = (key: string, params: Record<string, string> = {}) =>
	(en as Record<string, string>)[key]!.replace(/\{\{(\w+)\}\}/g, (_, k: string) => params[k] ?? '');

/** Only what the review components read from Starlight's locals. */
function locals(review: Record<string, unknown>) {
	return { t, starlightRoute: { lang: 'en', entry: { data: { type: 'page', title: 'A page', review } } } } as unknown as App.Locals;
}

describe('review status on the page', () => {
	it('shows a draft notice on a draft', async () => {
		const container = await AstroContainer.create();
		const html = await container.renderToString(ReviewNotice, {
			locals: locals({ status: 'draft', reviewers: [], lastReviewed: null, nextReview: null }),
		});
		expect(html).toContain('data-review-draft');
		expect(html).toContain('Pending clinical review.');
		expect(html).not.toContain('data-review-overdue');
	});

	it('shows an overdue banner when the next review date has passed', async () => {
		const container = await AstroContainer.create();
		const review = {
			status: 'reviewed',
			reviewers: [{ name: 'A. Clinician', credentials: 'MD' }],
			lastReviewed: '2024-01-10',
			nextReview: '2025-01-10',
		};
		const html = await container.renderToString(ReviewNotice, { locals: locals(review) });
		expect(html).toContain('data-review-overdue');
		expect(html).toMatch(/was due for clinical review on January 10, 2025/);
		const box = await container.renderToString(ReviewBox, { locals: locals(review) });
		expect(box).toContain('A. Clinician, MD');
		expect(box).toContain('(overdue)');
	});

	it('shows no banner before the next review date', async () => {
		const container = await AstroContainer.create();
		const review = {
			status: 'reviewed',
			reviewers: [{ name: 'A. Clinician', credentials: 'MD' }],
			lastReviewed: '2026-11-01',
			nextReview: '2099-01-01',
		};
		const html = await container.renderToString(ReviewNotice, { locals: locals(review) });
		expect(html).not.toContain('data-review-overdue');
		expect(html).not.toContain('data-review-draft');
	});
});
