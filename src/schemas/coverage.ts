/** A page on the federal coverage rules that apply in every state. */
import { z } from 'astro/zod';
import { commonFields } from './common.ts';
import { isoDate, line, sourceKey } from './fields.ts';
import { relatedSchema } from './related.ts';

export const timelineEntrySchema = z.strictObject({
	date: isoDate.describe('Day the change took or takes effect (YYYY-MM-DD).'),
	change: line.describe('What changed, in one sentence.'),
	source: sourceKey.describe('Bibliography key of the source for the change.'),
});

export const coverageSchema = z.strictObject({
	type: z.literal('coverage').describe('Page kind. `coverage` for federal rules under content/docs/coverage/.'),
	...commonFields,
	timeline: z
		.array(timelineEntrySchema)
		.default([])
		.describe('Dated changes this page explains; all pages\' entries form the "what changed" timeline.'),
	related: relatedSchema,
});

export type CoverageData = z.infer<typeof coverageSchema>;
