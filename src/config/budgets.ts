/**
 * Page-weight budgets: HTML + CSS + eagerly loaded JavaScript, gzip-compressed, for a first visit.
 * No template may exceed 50 KB (the product brief's budget). Checked on every built page by tests/site/page-weight.test.ts.
 */
import type { AllowedScript } from '../quality/eager-scripts.ts';

export const HARD_LIMIT_BYTES = 50_000;

export const PAGE_BUDGETS: readonly { template: string; pattern: RegExp; maxBytes: number }[] = [
	{ template: 'home', pattern: /^\/(es\/)?$/, maxBytes: 38_000 },
	// A state guide carries its "Report and call" block, every fact with its source and the coverage matrix.
	{ template: 'state guide', pattern: /^\/(es\/)?states\/[a-z-]+\/$/, maxBytes: 48_000 },
	{ template: 'protocol', pattern: /^\/(es\/)?protocols\/[a-z-]+\/$/, maxBytes: 50_000 },
	{ template: 'screening tool', pattern: /^\/(es\/)?screening-tools\/[a-z0-9-]+\/$/, maxBytes: 44_000 },
	{ template: 'search page', pattern: /^\/(es\/)?search\/$/, maxBytes: 38_000 },
	{ template: 'any other page', pattern: /^\//, maxBytes: HARD_LIMIT_BYTES },
];

/**
 * The only scripts allowed to run before search is opened (docs/decisions/0004-javascript-before-search.md), each
 * recognised by code that is its own (a custom element's name, a selector it owns) and limited to its pages.
 * tests/site/page-weight.test.ts fails on any other eager script, on a script outside its pages, and on an entry
 * that matches nothing in the build. A new script that must run early is added here, with its reason.
 */
export const EAGER_SCRIPTS: readonly AllowedScript[] = [
	// Ours.
	{ name: 'quick exit (click, Shift ×3)', signature: /document\.querySelector\(`\[data-quick-exit\]`\)/ },
	{ name: "forget Starlight's sidebar state (privacy)", signature: /`sl-sidebar-state`[\s\S]*removeItem/ },
	{ name: 'forget a theme the reader did not choose (privacy)', signature: /`starlight-theme`[\s\S]*removeItem/ },
	{ name: '"leave no trail": links replace the page in Back while it is on', signature: /`kb-leave-no-trail`/ },
	{ name: '"leave no trail" switch', signature: /\[data-no-trail-switch\]/, pages: /^\/(es\/)?safety\/$/ },
	{ name: 'home: "a patient in front of me" (fills one card from the links)', signature: /\[data-patient-entry\]/, pages: /^\/(es\/)?$/ },
	{ name: 'search dialog: opens on the button or Ctrl+K, loads search only then', signature: /customElements\.define\(.site-search./ },
	{ name: 'state comparison table: sort and filter', signature: /data-table-controls/, pages: /^\/(es\/)?states\/$/ },
	{ name: 'screening-tool chooser', signature: /\[data-chooser\]/, pages: /^\/(es\/)?screening-tools\/$/ },
	{
		name: 'coverage navigator: answers the question in the URL with the coverage rules',
		signature: /\[data-navigator\]/,
		pages: /^\/(es\/)?coverage\/navigator\/$/,
	},
	{ name: 'search page', signature: /\[data-search-page\]/, pages: /^\/(es\/)?search\/$/ },
	{
		name: 'protocol bedside card: print button',
		signature: /\[data-print-card\]/,
		pages: /^\/(es\/)?protocols\/(emergency-department|primary-care|children-and-adolescents)\/$/,
	},
	{ name: 'note templates: copy buttons', signature: /\[data-copy-template\]/, pages: /^\/(es\/)?guides\/coding-and-documentation\/$/ },
	{ name: 'search page: the search code it shares with the dialog', signature: /data-search-results/, pages: /^\/(es\/)?search\/$/ },
	// Starlight's: they attach listeners and load nothing more until used.
	{ name: 'Starlight theme provider', signature: /window\.StarlightThemeProvider = \(\(\) =>/ },
	{ name: 'Starlight theme pickers refresh', signature: /^\s*StarlightThemeProvider\.updatePickers\(\);\s*$/ },
	{ name: 'Starlight theme picker', signature: /customElements\.define\(`starlight-theme-select`/ },
	{ name: 'Starlight language picker', signature: /customElements\.define\(`starlight-lang-select`/ },
	{ name: 'Starlight mobile menu pane', signature: /customElements\.define\(`sl-sidebar-pane`/ },
	{ name: 'Starlight sidebar state (open groups)', signature: /querySelector\(`sl-sidebar-state-persist`\)/ },
	{ name: 'Starlight sidebar state restore (desktop)', signature: /document\.querySelector\('sl-sidebar-state-persist'\)/ },
	{ name: 'Starlight sidebar scroll restore', signature: /const scroller = document\.getElementById\('starlight__sidebar'\)/ },
	{ name: 'Starlight "On this page"', signature: /customElements\.define\(`starlight-toc`/ },
	{ name: 'Starlight "On this page" (phone)', signature: /customElements\.define\(`mobile-starlight-toc`/ },
	{ name: 'Starlight "On this page" loader', signature: /^import"\.\/starlight-toc\.[\w-]+\.js";?\s*$/ },
	{ name: "Astro's same-origin link prefetch (Starlight turns it on)", signature: /prefetchAll/ },
];
