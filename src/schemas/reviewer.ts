/** A clinician or other expert who reviews pages (content/data/reviewers.yaml), shown on /about/reviewers/. */
import { z } from 'astro/zod';
import { isoDate, line } from './fields.ts';
import { JURISDICTION_CODES, SITE_LANGUAGE_CODES } from './vocabulary.ts';

export const reviewerSchema = z.strictObject({
	id: z
		.string()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'a key of lowercase letters, digits and hyphens, e.g. "maria-lopez"' })
		.describe('Key that review records use, e.g. "maria-lopez".'),
	name: line.describe('Full name, as the reviewer wants it shown.'),
	credentials: line.describe('Professional credentials, e.g. "MD, MPH" or "RN, SANE-A".'),
	role: line.describe('Role or specialty relevant to reviewing, e.g. "Emergency physician".'),
	languages: z
		.array(z.enum(SITE_LANGUAGE_CODES))
		.min(1)
		.default(['en'])
		.describe('Languages the reviewer reviews in (`en`, `es`). A Spanish page needs a reviewer with `es`.'),
	orcid: z
		.string()
		.regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, { error: 'an ORCID iD such as 0000-0002-1825-0097' })
		.optional()
		.describe('ORCID iD, if the reviewer has one.'),
	licenceState: z.enum(JURISDICTION_CODES).optional().describe('State, DC or territory of the professional licence, if given.'),
	competingInterests: line.describe('Competing interests in the reviewer\'s own words, or "None declared".'),
	since: isoDate.describe('Day the reviewer joined (YYYY-MM-DD).'),
});

export type Reviewer = z.infer<typeof reviewerSchema>;
