/** Typed links from one page to others. Each id must exist and be of the right kind, or the build fails. */
import { z } from 'astro/zod';
import { JURISDICTION_CODES } from './vocabulary.ts';

const pageId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'a page file name without extension, e.g. "emergency-department"' });

export const relatedSchema = z
	.strictObject({
		protocols: z.array(pageId).default([]).describe('File names (without .mdx) of related protocols in content/docs/protocols/.'),
		tools: z.array(pageId).default([]).describe('File names of related screening tools in content/docs/screening-tools/.'),
		states: z.array(z.enum(JURISDICTION_CODES)).default([]).describe('Postal codes of related state guides, e.g. TX.'),
		coverage: z.array(pageId).default([]).describe('File names of related pages in content/docs/coverage/.'),
		guides: z.array(pageId).default([]).describe('File names of related pages in content/docs/guides/.'),
	})
	.prefault({})
	.describe('Related pages, shown as links. A link to a page that does not exist fails the build.');

export type Related = z.infer<typeof relatedSchema>;

/** Folder under content/docs/ that holds each kind of related page. */
export const RELATED_FOLDERS = {
	protocols: 'protocols',
	tools: 'screening-tools',
	coverage: 'coverage',
	guides: 'guides',
} as const;
