/** An urgent contact shown on the home page and at the foot of every page (content/data/contacts.yaml). */
import { z } from 'astro/zod';
import { asOfDate, httpsUrl, line, sourceKeys } from './fields.ts';

export const contactSchema = z.strictObject({
	id: z
		.string()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'a key of lowercase letters, digits and hyphens' })
		.describe('Stable key.'),
	name: line.describe('Name of the service, e.g. "National Human Trafficking Hotline".'),
	nameEs: line.describe('Name in Spanish, as the service gives it where it has one.'),
	phone: z
		.string()
		.regex(/^[0-9-]+$/, { error: 'a number written with digits and hyphens, e.g. 1-888-373-7888' })
		.nullable()
		.describe('Number to call.'),
	text: z
		.string()
		.regex(/^[0-9]+$/, { error: 'a short code of digits, e.g. 233733' })
		.nullable()
		.describe('Number to text, if any.'),
	url: httpsUrl.nullable().describe('Official website.'),
	when: line.describe('When to use it, in English, in a few words.'),
	whenEs: line.describe('When to use it, in Spanish.'),
	verified: z
		.enum(['current', 'before-change'])
		.describe(
			'`current` when the numbers were confirmed recently; `before-change` when they were confirmed only before a known change of operator.',
		),
	asOf: asOfDate.describe('Date the numbers were last confirmed in a source.'),
	sources: sourceKeys.describe('Bibliography keys confirming the numbers (empty only for 911).'),
	note: z.string().trim().min(1).optional().describe('Caveat shown with the contact (English).'),
	noteEs: z.string().trim().min(1).optional().describe('Caveat in Spanish.'),
});

export type Contact = z.infer<typeof contactSchema>;
