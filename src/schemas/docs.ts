/**
 * The docs collection's frontmatter: one schema per page kind, told apart by `type`.
 * Starlight merges its own fields (template, hero, sidebar…) into each member.
 */
import { z } from 'astro/zod';
import { coverageSchema } from './coverage.ts';
import { guideSchema } from './guide.ts';
import { handoutSchema } from './handout.ts';
import { pageSchema } from './page.ts';
import { protocolSchema } from './protocol.ts';
import { screeningToolSchema } from './screening-tool.ts';
import { stateGuideSchema } from './state-guide.ts';

export const PAGE_SCHEMAS = {
	protocol: protocolSchema,
	'state-guide': stateGuideSchema,
	'screening-tool': screeningToolSchema,
	coverage: coverageSchema,
	guide: guideSchema,
	handout: handoutSchema,
	page: pageSchema,
} as const;

export const docsFrontmatterSchema = z.discriminatedUnion('type', [
	protocolSchema,
	stateGuideSchema,
	screeningToolSchema,
	coverageSchema,
	guideSchema,
	handoutSchema,
	pageSchema,
]);

export type DocsFrontmatter = z.infer<typeof docsFrontmatterSchema>;
