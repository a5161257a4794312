/** The current page's frontmatter, typed, or undefined on pages generated from code (no `type`). */
import type { DocsFrontmatter } from '../schemas/docs.ts';

export function pageData(locals: App.Locals): DocsFrontmatter | undefined {
	const data = locals.starlightRoute.entry.data as Partial<DocsFrontmatter>;
	return data.type && data.topics ? (data as DocsFrontmatter) : undefined;
}

/** A key of our interface strings (content/i18n/en.json, declared to Starlight in src/ui-strings.d.ts). */
export type UiKey = keyof StarlightApp.I18n;

/** Translation function: Starlight's, with parameters typed loosely and strings without parameters cached. */
export type Translate = (key: UiKey, params?: Record<string, unknown>) => string;

/** Strings without parameters, per language: a page asks for the same labels many times. */
const cache = new Map<string, string>();

export function translator(locals: App.Locals): Translate {
	const t = locals.t as (key: UiKey, params?: Record<string, unknown>) => string;
	const lang = locals.starlightRoute.lang;
	return (key, params) => {
		if (params) return t(key, params);
		const cacheKey = `${lang}\u0000${key}`;
		let value = cache.get(cacheKey);
		if (value === undefined) {
			value = t(key);
			cache.set(cacheKey, value);
		}
		return value;
	};
}
