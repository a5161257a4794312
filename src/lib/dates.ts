/** Formatters are costly to create; a build formats thousands of dates in two languages. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string, withDay: boolean): Intl.DateTimeFormat {
	const key = `${lang}:${withDay}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(
			lang,
			withDay ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' },
		);
		formatters.set(key, f);
	}
	return f;
}

/** Dates as readers see them, in their language, always in UTC (content dates are calendar days). */
export function formatDay(iso: string, lang: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return formatter(lang, Boolean(d)).format(new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)));
}

/** Today as YYYY-MM-DD (UTC). KB_TODAY pins it, so tests and reports are reproducible. */
export function today(): string {
	return process.env.KB_TODAY ?? new Date().toISOString().slice(0, 10);
}

/** Is a review overdue on `day`? */
export function isOverdue(nextReview: string | null, day = today()): boolean {
	return nextReview !== null && nextReview < day;
}
