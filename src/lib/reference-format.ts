/** How a bibliography entry is shown: pure functions, usable outside Astro. */
import type { BibliographyEntry } from '../schemas/bibliography.ts';

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
