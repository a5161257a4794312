/** One entry of the bibliography (content/data/bibliography/). Pages cite entries by `id`. */
import { z } from 'astro/zod';
import { httpsUrl, isoDate, line } from './fields.ts';

export const SOURCE_TYPES = [
	'statute',
	'regulation',
	'federal-guidance',
	'journal-article',
	'report',
	'guideline',
	'webpage',
	'dataset',
	'toolkit',
	'book',
] as const;

export const bibliographyEntrySchema = z
	.strictObject({
		id: z
			.string()
			.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'a key of lowercase letters, digits and hyphens, e.g. "greenbaum-2018-jah"' })
			.describe('Key pages use to cite this entry.'),
		kind: z.enum(SOURCE_TYPES).describe('What sort of source it is.'),
		authors: z.array(line).default([]).describe('Authors, "Family, Initials", in order. Empty for organizational works.'),
		organization: z.string().trim().min(1).optional().describe('Issuing organization, for works without personal authors.'),
		title: line.describe('Title, as published.'),
		container: z.string().trim().min(1).optional().describe('Journal (with volume, issue and pages), website or publisher.'),
		year: z.number().int().min(1900).max(2100).nullable().describe('Year of publication; null if the source gives none.'),
		date: isoDate.optional().describe('Exact publication or "as of" date, when the source gives one.'),
		url: httpsUrl.nullable().default(null).describe('Where to read it. A DOI link is preferred for articles.'),
		doi: z
			.string()
			.regex(/^10\.\d{4,9}\/\S+$/, { error: 'a DOI such as 10.1002/emp2.12558 (without https://doi.org/)' })
			.nullable()
			.default(null)
			.describe('DOI, without the https://doi.org/ prefix.'),
		accessed: isoDate.describe('Day the source was last read (YYYY-MM-DD).'),
		checked: z
			.enum(['primary', 'abstract', 'secondary', 'unchecked'])
			.describe('How much of it was read: the full `primary` text, only its `abstract`, a `secondary` report of it, or `unchecked`.'),
		note: z.string().trim().min(1).optional().describe('What was not verified, or other caveats, shown with the entry.'),
	})
	.superRefine((entry, ctx) => {
		if (!entry.url && !entry.doi)
			ctx.addIssue({ code: 'custom', path: ['url'], message: 'a URL or a DOI (at least one)', input: entry.url });
		if (entry.authors.length === 0 && !entry.organization)
			ctx.addIssue({
				code: 'custom',
				path: ['organization'],
				message: 'an organization when there are no authors',
				input: entry.organization,
			});
	});

export type BibliographyEntry = z.infer<typeof bibliographyEntrySchema>;
