/**
 * The review notice and box show on clinical and coverage pages only; an unreviewed page says it is pending
 * review, in words meant for its reader (a patient handout does not address clinicians).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import en from '../../content/i18n/en.json';
import ReviewBox from '../../src/components/ReviewBox.astro';
import ReviewNotice from '../../src/components/ReviewNotice.astro';

const t = (key: string, params: Record<string, string> = {}) =>
	(en as Record<string, string>)[key]!.replace(/\{\{(\w+)\}\}/g, (_, k: string) => params[k] ?? '');

/** Only what the review components read from Starlight's locals: a real page of the site, with no review recorded. */
function locals(id: string, type: string) {
	const data = { type, title: 'A page', topics: ['about-site'] };
	return { t, starlightRoute: { lang: 'en', entry: { id, filePath: `content/docs/${id}.mdx`, data } } } as unknown as App.Locals;
}

describe('review status on the page', () => {
	it('says a protocol no one has reviewed is pending review, at the top and at the foot', async () => {
		const container = await AstroContainer.create();
		const notice = await container.renderToString(ReviewNotice, { locals: locals('protocols/emergency-department', 'protocol') });
		expect(notice).toContain('data-review-draft');
		expect(notice).toContain('No clinician has reviewed this page yet');
		const box = await container.renderToString(ReviewBox, { locals: locals('protocols/emergency-department', 'protocol') });
		expect(box).toContain('data-review-status="draft"');
	});

	it('speaks to the patient on a handout', async () => {
		const container = await AstroContainer.create();
		const notice = await container.renderToString(ReviewNotice, { locals: locals('handouts/care-without-insurance', 'handout') });
		expect(notice).toContain('A clinician has not yet checked this sheet.');
		expect(notice).not.toContain('your own judgment');
	});

	it('shows nothing on pages that are not clinical content (home, about, privacy, search, contribute)', async () => {
		const container = await AstroContainer.create();
		for (const id of ['about', 'privacy', 'contribute/index'])
			for (const Component of [ReviewNotice, ReviewBox])
				expect((await container.renderToString(Component, { locals: locals(id, 'page') })).trim(), id).toBe('');
	});
});
