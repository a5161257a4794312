/** A short printable page written for patients, in plain language. */
import { z } from 'astro/zod';
import { commonFields } from './common.ts';

export const handoutSchema = z.strictObject({
	type: z.literal('handout').describe('Page kind. `handout` for patient handouts under content/docs/handouts/.'),
	...commonFields,
	maxGrade: z
		.number()
		.min(1)
		.max(12)
		.default(8)
		.describe('Highest reading grade allowed for this handout; `npm run readability` fails above it.'),
});

export type HandoutData = z.infer<typeof handoutSchema>;
