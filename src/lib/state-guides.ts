/** The English state guides, loaded once per build, in alphabetical order of jurisdiction name. */
import { getCollection } from 'astro:content';
import type { StateGuideData } from '../schemas/state-guide.ts';
import { JURISDICTIONS } from '../schemas/vocabulary.ts';
import { splitLocale } from './locales.ts';

export interface StateGuide {
	id: string;
	data: StateGuideData;
}

let cache: Promise<StateGuide[]> | undefined;

export function stateGuides(): Promise<StateGuide[]> {
	cache ??= getCollection('docs', (e) => e.data.type === 'state-guide' && !splitLocale(e.id)[0]).then((entries) =>
		entries
			.map((e) => ({ id: e.id, data: e.data as StateGuideData }))
			.sort((a, b) => JURISDICTIONS[a.data.jurisdiction].name.localeCompare(JURISDICTIONS[b.data.jurisdiction].name)),
	);
	return cache;
}
