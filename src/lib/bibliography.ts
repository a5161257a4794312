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

/** "Greenbaum J, Dodd M, McCracken C" or the organization. */
export function authorLine(entry: BibliographyEntry): string {
	if (entry.authors.length === 0) return entry.organization ?? '';
	const shown = entry.authors.length > 6 ? [...entry.authors.slice(0, 6), 'et al.'] : entry.authors;
	return shown.join(', ');
}

/** Where to read it: the URL, or the DOI link. */
export function entryUrl(entry: BibliographyEntry): string {
	return entry.url ?? `https://doi.org/${entry.doi}`;
}
