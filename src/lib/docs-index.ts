/** Every docs entry, loaded once per build; the other page lists are cut from this one load. */
import { type CollectionEntry, getCollection } from 'astro:content';
import type { PageKind } from '../schemas/vocabulary.ts';
import { splitLocale } from './locales.ts';

let cache: Promise<Map<string, CollectionEntry<'docs'>>> | undefined;

/** Every entry by id: looking up a translation that may not exist, without warnings. */
export function docsById(): Promise<Map<string, CollectionEntry<'docs'>>> {
	cache ??= getCollection('docs').then((entries) => new Map(entries.map((e) => [e.id, e])));
	return cache;
}

/** The English pages of one kind. */
export async function englishPages(kind: PageKind): Promise<CollectionEntry<'docs'>[]> {
	return [...(await docsById()).values()].filter((e) => e.data.type === kind && !splitLocale(e.id)[0]);
}
