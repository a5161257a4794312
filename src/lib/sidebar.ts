/** The sidebar for one page: every section as a link, the current section expanded with its pages. */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { pageHref, splitLocale } from './locales.ts';
import { sectionPages } from './section-pages.ts';
import { SECTIONS, SIDEBAR_SECTION_LIMIT } from './sections.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];

function link(label: string, href: string, currentHref: string): SidebarEntry {
	return { type: 'link', label, href, isCurrent: href === currentHref, badge: undefined, attrs: {} };
}

/** Expand the current section's sidebar link into a group of its pages. */
export async function sectionSidebar(route: StarlightRouteData, labels: { overview: string; inEnglish: string }): Promise<SidebarEntry[]> {
	const [, rest] = splitLocale(route.id.replace(/\/$/, '') || 'index');
	const sectionDir = rest.split('/')[0];
	const section = SECTIONS.find((s) => s.dir === sectionDir);
	if (!section) return route.sidebar;
	const pages = await sectionPages(section.dir, route.locale ? 'es' : 'en');
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
				link(labels.overview, entry.href, currentHref),
				// On the Spanish site, a page not yet translated opens in English: the sidebar says so.
				...shown.map((p) => ({
					...link(p.title, pageHref(p.id, route.locale), currentHref),
					...(p.inEnglish && { badge: { text: labels.inEnglish, variant: 'default' as const }, attrs: { lang: 'en' } }),
				})),
			],
		};
	});
}
