/** One bilingual glossary term (content/data/glossary.yaml). */
import { z } from 'astro/zod';
import { line, sourceKeys } from './fields.ts';

const sense = z.strictObject({
	term: line.describe('The term as used in this language.'),
	definition: line.describe('A plain-language definition, one or two sentences.'),
});

export const glossaryEntrySchema = z.strictObject({
	id: z
		.string()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'a key of lowercase letters, digits and hyphens' })
		.describe('Stable key for the term.'),
	en: sense.describe('English term and definition.'),
	es: sense.describe('Spanish term and definition.'),
	keepEnglish: z.boolean().default(false).describe('True when Spanish text should keep the English program name (e.g. Medicaid).'),
	sources: sourceKeys.default([]).describe('Bibliography keys for the definition, where one is needed.'),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
