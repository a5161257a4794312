/**
 * Loads content/i18n/<lang>.json as Starlight's `i18n` collection. Entries carry no file path, so
 * Starlight keys them by id (the language) although they live outside src/content/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Loader } from 'astro/loaders';

/** Interface strings per language, read from a folder of <lang>.json files. */
export function readUiStrings(dir: string): Record<string, Record<string, string>> {
	const strings: Record<string, Record<string, string>> = {};
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')))
		strings[basename(file, '.json')] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
	return strings;
}

export function uiStringsLoader(dir: string): Loader {
	return {
		name: 'kb-ui-strings-loader',
		load: async ({ store, parseData }) => {
			store.clear();
			for (const [lang, data] of Object.entries(readUiStrings(dir))) store.set({ id: lang, data: await parseData({ id: lang, data }) });
		},
	};
}
