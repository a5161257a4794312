/** Locales besides the root (English). Spanish pages live under content/docs/es/ and are served at /es/. */
export const LOCALES = ['es'] as const;
export type Locale = (typeof LOCALES)[number];

/** Split a locale prefix off an entry id: `es/protocols/x` → ['es', 'protocols/x']; `protocols/x` → [undefined, 'protocols/x']. */
export function splitLocale(id: string): [locale: Locale | undefined, rest: string] {
	const [first, ...rest] = id.split('/');
	return first && (LOCALES as readonly string[]).includes(first) ? [first as Locale, rest.join('/') || 'index'] : [undefined, id];
}

/** URL of a page id in a locale: ('protocols/x', 'es') → '/es/protocols/x/'. The root 404 page is a file. */
export function pageHref(id: string, locale?: string): string {
	if (id === '404' && !locale) return '/404.html';
	const path = id === 'index' ? '' : `${id}/`;
	return `${locale ? `/${locale}` : ''}/${path}`;
}
