/** Every docs entry by id, loaded once per build: looking up a translation that may not exist, without warnings. */
import { getCollection, type CollectionEntry } from 'astro:content';

let cache: Promise<Map<string, CollectionEntry<'docs'>>> | undefined;

export function docsById(): Promise<Map<string, CollectionEntry<'docs'>>> {
	cache ??= getCollection('docs').then((entries) => new Map(entries.map((e) => [e.id, e])));
	return cache;
}
