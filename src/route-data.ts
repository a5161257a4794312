/**
 * Starlight route middleware: what every page gains from its typed frontmatter before it renders.
 * - Pagefind filters and metadata (kind, state, topic, audience, population, review status, keywords).
 * - A sidebar that expands only the current section.
 * - Table-of-contents entries for the parts generated from data (summary, facts, references, a section's pages).
 * - Last-updated dates from git for content outside src/content.
 * - Untranslated fallback pages under /es/ indexed for Spanish search, marked as shown in English.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { translator } from './lib/entry.ts';
import { lastCommitDate } from './lib/git-dates.ts';
import { endParts, leadParts, PART_HEADING_KEYS, type PartId, partHeadingParams } from './lib/page-parts.ts';
import { pageReview } from './lib/page-reviews.ts';
import { searchHeadTags } from './lib/search-tags.ts';
import { listedSectionOf, sectionPages } from './lib/section-pages.ts';
import { sectionSidebar } from './lib/sidebar.ts';

export const onRequest = defineRouteMiddleware(async (context, next) => {
	await next();
	const route = context.locals.starlightRoute;
	const t = translator(context.locals);
	const { data } = route.entry;

	// A printed or saved handout is titled with its own name only: the site's name says "Trafficking", which a patient
	// may not be able to carry safely (tests/browser/print-cards.test.ts).
	if (data.type === 'handout') for (const tag of route.head) if (tag.tag === 'title') tag.content = data.title;
	if (route.entry.filePath) route.lastUpdated = lastCommitDate(route.entry.filePath) ?? route.lastUpdated;
	if (data.pagefind !== false && route.entry.filePath)
		route.head.push(...searchHeadTags(data, pageReview(route.entry.id, data.type, route.entry.filePath).status, route.isFallback));

	route.sidebar = await sectionSidebar(route, { overview: t('kb.sidebar.overview'), inEnglish: t('kb.section.inEnglish') });

	if (route.toc) {
		const item = (id: PartId) => ({ depth: 2, slug: id, text: t(PART_HEADING_KEYS[id], partHeadingParams(data)), children: [] });
		const [overview, ...rest] = route.toc.items;
		const section = listedSectionOf(route.id);
		const listed = section && (await sectionPages(section, route.locale ? 'es' : 'en')).length > 0;
		const list = listed ? [{ depth: 2, slug: 'kb-section-pages', text: t('kb.section.pages'), children: [] }] : [];
		route.toc.items = [...(overview ? [overview] : []), ...leadParts(data).map(item), ...rest, ...list, ...endParts(data).map(item)];
	}
});
