/**
 * Starlight route middleware: what every page gains from its typed frontmatter before it renders.
 * - Pagefind filters and metadata (kind, state, topic, audience, population, review status, keywords).
 * - A sidebar that expands only the current section.
 * - Table-of-contents entries for the parts generated from data (summary, facts, references…).
 * - Last-updated dates from git for content outside src/content.
 * - Untranslated fallback pages under /es/ kept out of the Spanish search index.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { translator } from './lib/entry.ts';
import { lastCommitDate } from './lib/git-dates.ts';
import { endParts, leadParts, PART_HEADING_KEYS, type PartId } from './lib/page-parts.ts';
import { pageReview } from './lib/page-reviews.ts';
import { searchHeadTags } from './lib/search-tags.ts';
import { sectionSidebar } from './lib/sidebar.ts';

export const onRequest = defineRouteMiddleware(async (context, next) => {
	await next();
	const route = context.locals.starlightRoute;
	const t = translator(context.locals);
	const { data } = route.entry;

	if (route.isFallback) route.entry = { ...route.entry, data: { ...data, pagefind: false } };
	if (route.entry.filePath) route.lastUpdated = lastCommitDate(route.entry.filePath) ?? route.lastUpdated;
	if (data.pagefind !== false && !route.isFallback && route.entry.filePath)
		route.head.push(...searchHeadTags(data, pageReview(route.entry.id, data.type, route.entry.filePath).status));

	route.sidebar = await sectionSidebar(route, t('kb.sidebar.overview'));

	if (route.toc) {
		const item = (id: PartId) => ({ depth: 2, slug: id, text: t(PART_HEADING_KEYS[id]), children: [] });
		const [overview, ...rest] = route.toc.items;
		route.toc.items = [...(overview ? [overview] : []), ...leadParts(data).map(item), ...rest, ...endParts(data).map(item)];
	}
});
