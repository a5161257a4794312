/** The current page's frontmatter, typed, or undefined on pages generated from code (no `type`). */
import type { DocsFrontmatter } from '../schemas/docs.ts';

export function pageData(locals: App.Locals): DocsFrontmatter | undefined {
	const data = locals.starlightRoute.entry.data as Partial<DocsFrontmatter>;
	return data.type && data.review ? (data as DocsFrontmatter) : undefined;
}

/** Translation function with our string keys (Starlight types only its own). */
export type Translate = (key: string, params?: Record<string, unknown>) => string;
export function translator(locals: App.Locals): Translate {
	return locals.t as unknown as Translate;
}
