/** The bibliography as a lookup, loaded once per build. */
import { getCollection } from 'astro:content';
import type { BibliographyEntry } from '../schemas/bibliography.ts';

let cache: Promise<Map<string, BibliographyEntry>> | undefined;

export function bibliography(): Promise<Map<string, BibliographyEntry>> {
	cache ??= getCollection('bibliography').then((entries) => new Map(entries.map((e) => [e.id, e.data])));
	return cache;
}

/** Entries for keys, in the order given. Unknown keys were already rejected by the content check. */
export async function referencesFor(keys: readonly string[]): Promise<BibliographyEntry[]> {
	const map = await bibliography();
	return keys.map((key) => map.get(key)).filter((e): e is BibliographyEntry => Boolean(e));
}

export { authorLine, entryUrl } from './reference-format.ts';
