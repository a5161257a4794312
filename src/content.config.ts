/**
 * Content collections. Everything contributors edit lives under content/ (or KB_CONTENT_DIR, which the
 * tests and the build benchmark point at synthetic content).
 */
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './lib/paths.ts';
import { bibliographyEntrySchema } from './schemas/bibliography.ts';
import { docsFrontmatterSchema } from './schemas/docs.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';

export const collections = {
	/** Every page of the site. Files starting with `_` are partials and are not pages. */
	docs: defineCollection({
		loader: glob({ base: contentDir('docs'), pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: docsFrontmatterSchema }),
	}),
	/** References that pages cite by key. */
	bibliography: defineCollection({
		loader: file(contentDir('data/bibliography.yaml')),
		schema: bibliographyEntrySchema,
	}),
	/** English–Spanish glossary terms. */
	glossary: defineCollection({
		loader: file(contentDir('data/glossary.yaml')),
		schema: glossaryEntrySchema,
	}),
};
