/** A cross-cutting guide (trauma-informed care, interpreters, documentation…). */
import { z } from 'astro/zod';
import { commonFields } from './common.ts';
import { relatedSchema } from './related.ts';
import { SETTING_CODES } from './vocabulary.ts';

export const guideSchema = z.strictObject({
	type: z.literal('guide').describe('Page kind. `guide` for cross-cutting topics under content/docs/guides/.'),
	...commonFields,
	settings: z.array(z.enum(SETTING_CODES)).default([]).describe('Care settings the guide speaks to, if any.'),
	related: relatedSchema,
});

export type GuideData = z.infer<typeof guideSchema>;
