/** The current page's frontmatter, typed, or undefined on pages generated from code (no `type`). */
import type { DocsFrontmatter } from '../schemas/docs.ts';

export function pageData(locals: App.Locals): DocsFrontmatter | undefined {
	const data = locals.starlightRoute.entry.data as Partial<DocsFrontmatter>;
	return data.type && data.topics ? (data as DocsFrontmatter) : undefined;
}

/** Translation function with our string keys (Starlight types only its own). */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Strings without parameters, per language: a page asks for the same labels many times. */
const cache = new Map<string, string>();

export function translator(locals: App.Locals): Translate {
	const t = locals.t as unknown as Translate;
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
