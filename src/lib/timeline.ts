/** Every dated change from the coverage pages, in date order: the "what changed" timeline. */
import { docsById } from './docs-index.ts';
import { pageHref, splitLocale } from './locales.ts';

export interface TimelineItem {
	date: string;
	change: string;
	source: string;
	pageId: string;
	pageTitle: string;
	href: string;
}

/** Timeline in a locale: a translated page's entries replace its English source's. */
export async function coverageTimeline(locale?: string): Promise<TimelineItem[]> {
	const byId = await docsById();
	const items: TimelineItem[] = [];
	for (const page of byId.values()) {
		const [pageLocale, rest] = splitLocale(page.id);
		if (pageLocale || page.data.type !== 'coverage') continue;
		const shown = (locale && byId.get(`${locale}/${rest}`)) || page;
		if (shown.data.type !== 'coverage') continue;
		for (const entry of shown.data.timeline)
			items.push({ ...entry, pageId: rest, pageTitle: shown.data.title, href: pageHref(rest, locale) });
	}
	return items.sort((a, b) => a.date.localeCompare(b.date) || a.pageTitle.localeCompare(b.pageTitle));
}
