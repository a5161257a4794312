/** The screening-tool pages, loaded once per build, with the summaries the catalog, chart and chooser need. */
import type { ScreeningToolData } from '../schemas/screening-tool.ts';
import { englishPages } from './docs-index.ts';

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

/** The chooser's view of a tool (pure; defined next to the chooser so tests need no build). */
export { chooserTool } from './tool-chooser.ts';
