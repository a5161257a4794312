/**
 * Our interface strings (quick exit, review box, state facts, chooser, search filters…) in every language,
 * from content/i18n/<lang>.json, added to Starlight's own through its plugin i18n hook.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { StarlightPlugin } from '@astrojs/starlight/types';

export function readUiStrings(dir: string): Record<string, Record<string, string>> {
	const strings: Record<string, Record<string, string>> = {};
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')))
		strings[basename(file, '.json')] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
	return strings;
}

export default function uiStrings(dir: string): StarlightPlugin {
	return {
		name: 'kb-ui-strings',
		hooks: {
			'i18n:setup'({ injectTranslations }) {
				injectTranslations(readUiStrings(dir));
			},
			'config:setup'() {},
		},
	};
}
