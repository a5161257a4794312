/**
 * Content collections. Everything contributors edit lives under content/ (or KB_CONTENT_DIR, which the
 * tests and the build benchmark point at synthetic content).
 */

import { defineCollection } from 'astro:content';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/paths.ts';
import { readUiStrings, uiStringsLoader } from './lib/ui-strings-loader.ts';
import { yamlListLoader } from './lib/yaml-list-loader.ts';
import { bibliographyEntrySchema } from './schemas/bibliography.ts';
import { contactSchema } from './schemas/contact.ts';
import { docsFrontmatterSchema } from './schemas/docs.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';
import { searchTermsSchema } from './schemas/search-vocabulary.ts';

/** Our interface strings: every key in the English file is required in every language. */
const uiKeys = Object.keys(readUiStrings(contentDir('i18n')).en ?? {});
const uiStringsSchema = z.object(Object.fromEntries(uiKeys.map((key) => [key, z.string().min(1)])));

export const collections = {
	/** Every page of the site. Files starting with `_` are partials and are not pages. */
	docs: defineCollection({
		loader: glob({ base: contentDir('docs'), pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: docsFrontmatterSchema }),
	}),
	/** References that pages cite by key: every YAML list in content/data/bibliography/. */
	bibliography: defineCollection({
		loader: yamlListLoader(contentDir('data/bibliography')),
		schema: bibliographyEntrySchema,
	}),
	/** Interface strings (ours and overrides of Starlight's) per language, from content/i18n/<lang>.json. */
	i18n: defineCollection({
		loader: uiStringsLoader(contentDir('i18n')),
		schema: i18nSchema({ extend: uiStringsSchema }),
	}),
	/** Urgent contacts for the home page and the foot of every page. */
	contacts: defineCollection({
		loader: file(contentDir('data/contacts.yaml')),
		schema: contactSchema,
	}),
	/** English–Spanish glossary terms. */
	glossary: defineCollection({
		loader: file(contentDir('data/glossary.yaml')),
		schema: glossaryEntrySchema,
	}),
	/** Words searchers use for the same thing (synonyms, abbreviations, English ↔ Spanish, state program names). */
	searchVocabulary: defineCollection({
		loader: file(contentDir('data/search-vocabulary.yaml')),
		schema: searchTermsSchema,
	}),
};
