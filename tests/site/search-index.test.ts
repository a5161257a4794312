/**
 * Pagefind (through its Node API) reads each kind of page with the right metadata; untranslated pages under /es/ are
 * indexed for Spanish search, marked as shown in English; the parts repeated on every page are not indexed.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
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
	it('indexes an untranslated page under /es/ in Spanish search, marked as shown in English', async () => {
		expect(readFileSync(htmlFile('/es/states/texas/'), 'utf8')).toMatch(/<html lang="es"/);
		const file = await indexed('/es/states/texas/');
		expect(file.meta).toMatchObject({ state: 'TX', language: 'en' });
		expect((await indexed('/es/protocols/talking-privately/')).meta.language).toBeUndefined();
	});
	it('leaves out of the index what every page repeats (review notice and box, urgent line) and the references', async () => {
		const path = '/protocols/emergency-department/';
		const html = readFileSync(htmlFile(path), 'utf8');
		const reference = /<section class="kb-references"[\s\S]*?<cite>([^<]{20,})</.exec(html)?.[1];
		expect(html).toContain('Pending clinical review');
		expect(html).toContain('Urgent help:');
		expect(reference).toBeDefined();
		const { index } = await pagefind.createIndex({});
		await index!.addHTMLFile({ url: path, content: html });
		const fragment = (await index!.getFiles()).files.find((f) => f.path.includes('fragment/'))!;
		const text = gunzipSync(fragment.content).toString('utf8');
		expect(text).toContain('What to do now');
		for (const repeated of ['Pending clinical review', 'Urgent help:', reference!]) expect(text).not.toContain(repeated);
	});
	it('indexes a translated Spanish page as Spanish', async () => {
		const html = readFileSync(htmlFile('/es/safety/'), 'utf8');
		expect(html).toMatch(/<html lang="es"/);
		expect((await indexed('/es/safety/')).uniqueWords).toBeGreaterThan(50);
	});
});
