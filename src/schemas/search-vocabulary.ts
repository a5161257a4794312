/** One entry of the search vocabulary (content/data/search-vocabulary.yaml): words a searcher may use for the same thing. */
import { z } from 'astro/zod';
import { line, sourceKeys } from './fields.ts';
import { JURISDICTION_CODES } from './vocabulary.ts';

export const searchTermsSchema = z.strictObject({
	id: z
		.string()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'a key of lowercase letters, digits and hyphens' })
		.describe('Stable key for the entry.'),
	en: z
		.array(line)
		.default([])
		.describe(
			'English words and phrases a searcher uses for this, including abbreviations ("ED", "ER"). Searching any of them searches all.',
		),
	es: z
		.array(line)
		.default([])
		.describe('Spanish words and phrases for the same thing. They search the English ones too, and the other way round.'),
	means: z
		.array(line)
		.default([])
		.describe(
			'Words also searched when one of this entry\'s words is typed, but not the other way round (e.g. "Medi-Cal" also searches "Medicaid").',
		),
	state: z
		.enum(JURISDICTION_CODES)
		.optional()
		.describe("A state's own program name: typing it means that state, whose guide comes first. Cite the source naming the program."),
	site: z
		.boolean()
		.default(false)
		.describe('True for words that ask for pages about this site (contributing, corrections): only then are those pages shown.'),
	sources: sourceKeys.default([]).describe('Bibliography keys, where the entry states a fact (a program name, a brand name).'),
});

export type SearchTerms = z.infer<typeof searchTermsSchema>;
