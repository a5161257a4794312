/** The English state guides, loaded once per build, in alphabetical order of jurisdiction name. */
import type { StateGuideData } from '../schemas/state-guide.ts';
import { JURISDICTIONS } from '../schemas/vocabulary.ts';
import { englishPages } from './docs-index.ts';

export interface StateGuide {
	id: string;
	data: StateGuideData;
	/** Source file, relative to the project root. */
	filePath: string;
}

let cache: Promise<StateGuide[]> | undefined;

export function stateGuides(): Promise<StateGuide[]> {
	cache ??= englishPages('state-guide').then((entries) =>
		entries
			.map((e) => ({ id: e.id, data: e.data as StateGuideData, filePath: e.filePath ?? '' }))
			.sort((a, b) => JURISDICTIONS[a.data.jurisdiction].name.localeCompare(JURISDICTIONS[b.data.jurisdiction].name)),
	);
	return cache;
}
