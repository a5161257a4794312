/** Fields every page has, whatever its kind. */
import { z } from 'astro/zod';
import { isoDate, line, sourceKeys } from './fields.ts';
import { reviewSchema } from './review.ts';
import { AUDIENCE_CODES, TOPIC_CODES } from './vocabulary.ts';

export const translationSchema = z
	.strictObject({
		source: z
			.string()
			.regex(/^[a-z0-9/-]+$/, { error: 'the id of the English page, e.g. "protocols/recognizing-trafficking"' })
			.describe('Id of the English page this translates: its path under content/docs/ without the extension.'),
		sourceHash: z
			.string()
			.regex(/^[0-9a-f]{12}$/, { error: 'the 12-character hash printed by `npm run translations`' })
			.describe('Hash of the English source as it was when translated. `npm run translations` prints the current one.'),
		translatedOn: isoDate.describe('Day the translation was finished (YYYY-MM-DD).'),
		translator: z.string().trim().min(1).optional().describe('Who translated the page.'),
	})
	.describe('Only on translated pages (under es/): which English page this translates, and which version of it.');

export const commonFields = {
	title: line.describe('Page title, shown as the main heading and in search results.'),
	description: z
		.string()
		.trim()
		.min(20, { error: 'a one- or two-sentence summary of at least 20 characters' })
		.max(300, { error: 'a summary of at most 300 characters' })
		.describe('One or two plain sentences saying what the page helps with. Shown in search results and link previews.'),
	topics: z.array(z.enum(TOPIC_CODES)).min(1).describe('What the page is about (one or more). Drives search filters.'),
	audience: z.array(z.enum(AUDIENCE_CODES)).min(1).describe('Who the page is written for (one or more).'),
	review: reviewSchema,
	sources: sourceKeys
		.default([])
		.describe('Bibliography keys the page cites. Each must exist in content/data/bibliography/; they form the reference list.'),
	keywords: z
		.array(line)
		.default([])
		.describe('Other words readers search with: abbreviations, synonyms, spellings (e.g. "ED", "ER"). Searched, not shown.'),
	translation: translationSchema.optional(),
};
