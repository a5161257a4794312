/** The sidebar for one page: every section as a link, the current section expanded with its pages. */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { docsById } from './docs-index.ts';
import { pageHref, splitLocale } from './locales.ts';
import { SECTIONS, SIDEBAR_SECTION_LIMIT } from './sections.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];
interface SectionPage {
	id: string;
	title: string;
	order: number;
	hidden: boolean;
}

/** Pages per locale and section, computed once per build rather than once per page. */
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
			const source = lang === 'en' ? entry : (byId.get(`es/${rest}`) ?? entry);
			const key = `${lang}:${section}`;
			const list = map.get(key) ?? [];
			list.push({
				id: rest,
				title: source.data.sidebar.label ?? source.data.title,
				order: source.data.sidebar.order ?? Number.POSITIVE_INFINITY,
				hidden: source.data.sidebar.hidden,
			});
			map.set(key, list);
		}
	}
	for (const list of map.values()) list.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
	return map;
}

function link(label: string, href: string, currentHref: string): SidebarEntry {
	return { type: 'link', label, href, isCurrent: href === currentHref, badge: undefined, attrs: {} };
}

/** Expand the current section's sidebar link into a group of its pages. */
export async function sectionSidebar(route: StarlightRouteData, overviewLabel: string): Promise<SidebarEntry[]> {
	const [, rest] = splitLocale(route.id.replace(/\/$/, '') || 'index');
	const sectionDir = rest.split('/')[0];
	const section = SECTIONS.find((s) => s.dir === sectionDir);
	if (!section) return route.sidebar;
	index ??= buildIndex();
	const pages = ((await index).get(`${route.locale ? 'es' : 'en'}:${section.dir}`) ?? []).filter((p) => !p.hidden);
	if (pages.length === 0) return route.sidebar;
	const prefix = route.locale ? `/${route.locale}` : '';
	const currentHref = pageHref(rest, route.locale);
	const shown = pages.length <= SIDEBAR_SECTION_LIMIT ? pages : pages.filter((p) => pageHref(p.id, route.locale) === currentHref);
	return route.sidebar.map((entry) => {
		if (entry.type !== 'link' || entry.href !== `${prefix}/${section.dir}/`) return entry;
		return {
			type: 'group',
			label: entry.label,
			collapsed: false,
			badge: undefined,
			entries: [
				link(overviewLabel, entry.href, currentHref),
				...shown.map((p) => link(p.title, pageHref(p.id, route.locale), currentHref)),
			],
		};
	});
}
