/** Field types shared by several schemas. Each carries its own description for the frontmatter reference. */
import { z } from 'astro/zod';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DAY_OR_MONTH = /^\d{4}-\d{2}(-\d{2})?$/;

/** YAML turns an unquoted 2026-01-31 into a Date; quoted, it stays a string. Accept both, keep a string. */
function dateToIso(value: unknown): unknown {
	return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

function isRealDate(value: string): boolean {
	const [y, m, d = '01'] = value.split('-');
	const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
	return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

/** A calendar day, written YYYY-MM-DD. */
export const isoDate = z.preprocess(
	dateToIso,
	z.string().regex(ISO_DAY, { error: 'a date written YYYY-MM-DD', abort: true }).refine(isRealDate, { error: 'a real calendar date' }),
);

/** A day (YYYY-MM-DD) or, when a source gives only a month, a month (YYYY-MM). */
export const asOfDate = z.preprocess(
	dateToIso,
	z
		.string()
		.regex(ISO_DAY_OR_MONTH, { error: 'a date written YYYY-MM-DD, or YYYY-MM when the source gives only a month', abort: true })
		.refine(isRealDate, { error: 'a real calendar date' }),
);

/** A key into `content/data/bibliography/`. Unknown keys fail the build. */
export const sourceKey = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'a bibliography key: lowercase letters, digits and hyphens' })
	.describe('A key of an entry in content/data/bibliography/.');

/** A list of bibliography keys. */
export const sourceKeys = z.array(sourceKey);

/** An absolute https URL. */
export const httpsUrl = z.url({ protocol: /^https?$/, error: 'an absolute URL starting with https://' });

/** A single line of plain text (no line breaks), not empty. */
export const line = z.string().trim().min(1, { error: 'text (this field cannot be empty)' });
