/** The screening-tool pages, loaded once per build, with the summaries the catalog, chart and chooser need. */
import type { ScreeningToolData, ValidationStudy } from '../schemas/screening-tool.ts';
import { englishPages } from './docs-index.ts';
import type { ChooserTool } from './tool-chooser.ts';

export interface ToolEntry {
	/** Page id without the folder, e.g. "raft". */
	slug: string;
	data: ScreeningToolData;
}

let cache: Promise<ToolEntry[]> | undefined;

export function screeningTools(): Promise<ToolEntry[]> {
	cache ??= englishPages('screening-tool').then((entries) =>
		entries
			.map((e) => ({ slug: e.id.replace(/^screening-tools\//, ''), data: e.data as ScreeningToolData }))
			.sort((a, b) => a.data.abbreviation.localeCompare(b.data.abbreviation)),
	);
	return cache;
}

export function chooserTool({ slug, data }: ToolEntry): ChooserTool {
	return {
		id: slug,
		abbreviation: data.abbreviation,
		kind: data.kind,
		validation: data.validation,
		ageMin: data.ageMin,
		ageMax: data.ageMax,
		settings: data.settings,
		minutes: data.minutes,
	};
}

/** The study reporting the highest value of a measure, if any study reported it. */
export function bestStudy(studies: readonly ValidationStudy[], measure: 'sensitivity' | 'specificity'): ValidationStudy | undefined {
	return studies.filter((s) => s[measure]).sort((a, b) => b[measure]!.value - a[measure]!.value)[0];
}
