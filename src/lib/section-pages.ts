/**
 * The pages of each section, per language, in sidebar order: what the sidebar expands and what a section's index
 * page lists. A Spanish list shows the Spanish page where there is one, else the English page (marked so).
 */
import type { ReviewStatus } from '../schemas/vocabulary.ts';
import { docsById } from './docs-index.ts';
import { splitLocale } from './locales.ts';

export interface SectionPage {
	/** Id without locale ("protocols/talking-privately"). */
	id: string;
	title: string;
	description: string;
	status: ReviewStatus;
	/** Shown in English on the Spanish site (not yet translated). */
	inEnglish: boolean;
	order: number;
	hidden: boolean;
}

/** Sections whose index page lists its pages (the state index has its map and table; the glossary is one page). */
export const LISTED_SECTIONS: readonly string[] = ['protocols', 'coverage', 'guides', 'handouts', 'screening-tools', 'contribute'];

/** The section whose pages a page lists, when it is a listed section's index ("protocols", "es/protocols/"). */
export function listedSectionOf(routeId: string): string | undefined {
	const [, rest] = splitLocale(routeId.replace(/\/$/, '') || 'index');
	const dir = rest.replace(/\/index$/, '');
	return LISTED_SECTIONS.includes(dir) ? dir : undefined;
}

let index: Promise<Map<string, SectionPage[]>> | undefined;

async function buildIndex(): Promise<Map<string, SectionPage[]>> {
	const map = new Map<string, SectionPage[]>();
	const byId = await docsById();
	for (const entry of byId.values()) {
		const [locale, rest] = splitLocale(entry.id);
		if (locale) continue; // Translations are reached through their English page (fallback pages exist for the rest).
		const section = rest.split('/')[0]!;
		if (rest === section) continue; // The section's own index page.
		for (const lang of ['en', 'es']) {
			const translated = lang === 'es' ? byId.get(`es/${rest}`) : undefined;
			const { data } = translated ?? entry;
			const list = map.get(`${lang}:${section}`) ?? [];
			list.push({
				id: rest,
				title: data.sidebar.label ?? data.title,
				description: data.description ?? '',
				status: (data as { review?: { status: ReviewStatus } }).review?.status ?? 'draft',
				inEnglish: lang === 'es' && !translated,
				order: data.sidebar.order ?? Number.POSITIVE_INFINITY,
				hidden: data.sidebar.hidden,
			});
			map.set(`${lang}:${section}`, list);
		}
	}
	for (const list of map.values()) list.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
	return map;
}

/** The pages of a section (its folder under content/docs/) in a language, hidden ones left out. */
export async function sectionPages(dir: string, lang: 'en' | 'es'): Promise<SectionPage[]> {
	index ??= buildIndex();
	return ((await index).get(`${lang}:${dir}`) ?? []).filter((p) => !p.hidden);
}
