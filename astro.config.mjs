// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { SEARCH_RANKING } from './src/config/search.ts';
import { SITE } from './src/config/site.ts';
import contentCheck from './src/integrations/content-check.ts';
import contentSecurityPolicy from './src/integrations/content-security-policy.ts';
import linkCheck from './src/integrations/link-check.ts';
import searchLexicon from './src/integrations/search-lexicon.ts';
import siteOriginNotice from './src/integrations/site-origin-notice.ts';
import { CACHE_DIR, contentDir } from './src/lib/paths.ts';
import { sidebarConfig } from './src/lib/sections.ts';
import { externalLinks } from './src/markdown/external-links.ts';
import { taskListLabels } from './src/markdown/task-list-labels.ts';

export default defineConfig({
	site: SITE.url,
	trailingSlash: 'always',
	cacheDir: CACHE_DIR,
	// Stylesheets as files, never inline: they load under a strict CSP ('self') and cache across pages.
	build: { inlineStylesheets: 'never' },
	// Astro's default Markdown processor (GitHub-flavored); see docs/decisions/0001-markdown-processor.md.
	markdown: { processor: satteri({ hastPlugins: [taskListLabels, externalLinks] }) },
	vite: {
		build: {
			rollupOptions: {
				// Astro marks MDX modules that propagate styles with a directive the bundler then warns about, once per
				// page. It is expected and harmless (withastro/astro's MDX asset propagation); keep every other warning.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	integrations: [
		siteOriginNotice(SITE.url),
		contentCheck(),
		starlight({
			title: { en: 'Trafficking Survivor Care', es: 'Atención a sobrevivientes de la trata' },
			description:
				'Care protocols, coverage by state and screening tools for health professionals who care for survivors of human trafficking in the United States.',
			defaultLocale: 'root',
			locales: { root: { label: 'English', lang: 'en' }, es: { label: 'Español', lang: 'es' } },
			sidebar: sidebarConfig(),
			pagination: false,
			credits: false,
			// No page tells another site where its reader came from, on any host (the header says the same).
			head: [{ tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' } }],
			lastUpdated: false, // Dates come from git in src/route-data.ts: content lives outside src/content.
			// "Edit this page" and "Suggest a correction": src/components/overrides/EditLink.astro.
			routeMiddleware: './src/route-data.ts',
			customCss: ['./src/styles/theme.css', './src/styles/print.css'],
			markdown: { processedDirs: [contentDir('docs')] },
			pagefind: { ranking: SEARCH_RANKING },
			components: {
				Header: './src/components/overrides/Header.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Footer: './src/components/overrides/Footer.astro',
				Search: './src/components/overrides/Search.astro',
				ThemeSelect: './src/components/overrides/ThemeSelect.astro',
				EditLink: './src/components/overrides/EditLink.astro',
			},
		}),
		mdx(),
		// After Starlight's Pagefind step, which runs when the pages are written.
		searchLexicon(),
		// Last, so they see the final HTML.
		linkCheck(),
		contentSecurityPolicy(),
	],
});
