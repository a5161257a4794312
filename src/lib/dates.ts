/** Dates as readers see them, in their language, always in UTC (content dates are calendar days). */
export function formatDay(iso: string, lang: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
	return date.toLocaleDateString(lang, d ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' });
}

/** Today as YYYY-MM-DD (UTC). KB_TODAY pins it, so tests and reports are reproducible. */
export function today(): string {
	return process.env.KB_TODAY ?? new Date().toISOString().slice(0, 10);
}

/** Is a review overdue on `day`? */
export function isOverdue(nextReview: string | null, day = today()): boolean {
	return nextReview !== null && nextReview < day;
}
