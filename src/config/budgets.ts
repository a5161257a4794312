/**
 * Page-weight budgets: HTML + CSS + eagerly loaded JavaScript, gzip-compressed, for a first visit.
 * No template may exceed 50 KB (PRODUCT.md). Checked on every built page by tests/site/page-weight.test.ts.
 */
export const HARD_LIMIT_BYTES = 50_000;

export const PAGE_BUDGETS: readonly { template: string; pattern: RegExp; maxBytes: number }[] = [
	{ template: 'home', pattern: /^\/(es\/)?$/, maxBytes: 38_000 },
	{ template: 'state guide', pattern: /^\/(es\/)?states\/[a-z-]+\/$/, maxBytes: 42_000 },
	{ template: 'protocol', pattern: /^\/(es\/)?protocols\/[a-z-]+\/$/, maxBytes: 50_000 },
	{ template: 'screening tool', pattern: /^\/(es\/)?screening-tools\/[a-z0-9-]+\/$/, maxBytes: 44_000 },
	{ template: 'search page', pattern: /^\/(es\/)?search\/$/, maxBytes: 38_000 },
	{ template: 'any other page', pattern: /^\//, maxBytes: HARD_LIMIT_BYTES },
];

/** Scripts allowed to run on every page before search is opened (see docs/decisions/0004-javascript-before-search.md). */
export const EAGER_SCRIPT_ALLOWLIST: readonly RegExp[] = [
	/quick-exit|data-quick-exit/, // the quick exit
	/StarlightThemeProvider|starlight-theme/, // the theme toggle
	/sessionStorage\.removeItem/, // forgetting Starlight's sidebar state (privacy)
	/openBtn|Search\.astro/, // Starlight's search button: registers Ctrl+K, loads nothing until opened
	/starlight__sidebar|sl-sidebar|SidebarPersist|page\.[\w-]+\.js/, // Starlight's mobile menu and sidebar state
	/starlight-toc|TableOfContents/, // Starlight's "On this page" highlighting
	/HTMLElement/, // Starlight's custom elements (theme select, menu, table of contents)
];
