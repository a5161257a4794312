/** Pagefind (through its Node API) reads each kind of page with the right metadata, and indexes no fallback page. */
import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlFile } from '../support/dist.ts';

afterAll(() => pagefind.close());

async function indexed(path: string) {
	const { index, errors } = await pagefind.createIndex({});
	expect(errors).toEqual([]);
	const response = await index!.addHTMLFile({ url: path, content: readFileSync(htmlFile(path), 'utf8') });
	expect(response.errors).toEqual([]);
	return response.file;
}

describe('search index tagging', () => {
	it('tags a state guide with its kind, state, review status, summary and the state name as a keyword', async () => {
		const file = await indexed('/states/texas/');
		expect(file.meta).toMatchObject({ title: 'Texas', kind: 'state-guide', state: 'TX', review: 'draft' });
		expect(file.meta.keywords).toMatch(/^Texas, TX/);
		expect(file.meta.summary).toMatch(/Texas/);
	});
	it('tags a protocol with its kind and synonyms', async () => {
		const file = await indexed('/protocols/emergency-department/');
		expect(file.meta).toMatchObject({ kind: 'protocol', review: 'draft' });
		expect(file.meta.keywords).toMatch(/\bED\b/);
		expect(file.meta.state).toBeUndefined();
	});
	it('tags a screening tool with its abbreviation', async () => {
		const file = await indexed('/screening-tools/raft/');
		expect(file.meta).toMatchObject({ kind: 'screening-tool' });
		expect(file.meta.keywords).toMatch(/^RAFT, Rapid Appraisal for Trafficking/);
	});
	it('does not index an untranslated fallback page under /es/ (Pagefind indexes only marked bodies)', () => {
		expect(readFileSync(htmlFile('/es/states/texas/'), 'utf8')).not.toContain('data-pagefind-body');
		expect(readFileSync(htmlFile('/states/texas/'), 'utf8')).toContain('data-pagefind-body');
	});
	it('indexes a translated Spanish page as Spanish', async () => {
		const html = readFileSync(htmlFile('/es/safety/'), 'utf8');
		expect(html).toMatch(/<html lang="es"/);
		expect((await indexed('/es/safety/')).uniqueWords).toBeGreaterThan(50);
	});
});
