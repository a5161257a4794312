/**
 * A content loader for a folder of YAML files that each hold a list of entries with an `id`
 * (the bibliography is split by area so contributors' pull requests rarely touch the same file).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { loadYaml } from './yaml.ts';

export function yamlListFiles(dir: string): string[] {
	return readdirSync(dir)
		.filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
		.sort()
		.map((f) => join(dir, f));
}

export function yamlListLoader(dir: string): Loader {
	return {
		name: 'kb-yaml-list-loader',
		load: async ({ store, parseData, watcher }) => {
			const loadAll = async () => {
				store.clear();
				for (const file of yamlListFiles(dir)) {
					const items = (loadYaml(readFileSync(file, 'utf8')) ?? []) as { id: string }[];
					for (const item of items) {
						const data = await parseData({ id: item.id, data: item as Record<string, unknown> });
						store.set({ id: item.id, data, filePath: relative(process.cwd(), file) });
					}
				}
			};
			await loadAll();
			watcher?.add(dir);
			watcher?.on('change', (path) => path.startsWith(dir) && loadAll());
		},
	};
}
