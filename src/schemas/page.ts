/** A general page: home, about, privacy, contribute, glossary, search. */
import { z } from 'astro/zod';
import { commonFields } from './common.ts';

export const pageSchema = z.strictObject({
	type: z.literal('page').describe('Page kind. `page` for general pages (about, privacy, contribute…).'),
	...commonFields,
});

export type PageData = z.infer<typeof pageSchema>;
