/** Pages carry language-neutral filter codes and searchable keywords. */
import { describe, expect, it } from 'vitest';
import { searchFilters, searchHeadTags, searchKeywords } from '../../../src/lib/search-tags.ts';
import { docsFrontmatterSchema } from '../../../src/schemas/docs.ts';
import { fixtures } from '../../support/content-fixtures.ts';

const parse = (data: unknown) => docsFrontmatterSchema.parse(data);

describe('search tags', () => {
	it('tags a state guide with its state code, kind, topics and review status', () => {
		expect(searchFilters(parse(fixtures.stateGuide()), 'draft')).toMatchObject({
			kind: ['state-guide'],
			state: ['TX'],
			topic: ['coverage'],
			review: ['draft'],
		});
	});
	it('tags a protocol with its populations but no state', () => {
		expect(searchFilters(parse(fixtures.protocol()), 'reviewed')).toMatchObject({ kind: ['protocol'], state: [], population: ['adults'] });
	});
	it('keeps every page but a state guide under any state filter (scope national)', () => {
		expect(searchFilters(parse(fixtures.protocol()), 'draft').scope).toEqual(['national']);
		expect(searchFilters(parse(fixtures.stateGuide()), 'draft').scope).toEqual([]);
	});
	it('groups the pages about the site itself, so search can leave them out unless asked', () => {
		expect(searchFilters(parse({ ...fixtures.protocol(), topics: ['about-site'] }), 'draft').group).toEqual(['site']);
		expect(searchFilters(parse(fixtures.protocol()), 'draft').group).toEqual([]);
	});
	it('marks an untranslated page indexed for Spanish search as shown in English', () => {
		const meta = (shown: boolean) =>
			searchHeadTags(parse(fixtures.protocol()), 'draft', shown).find((t) => t.attrs['data-pagefind-meta'] === 'language[content]');
		expect(meta(true)?.attrs.content).toBe('en');
		expect(meta(false)).toBeUndefined();
	});
	it('makes a state guide findable by the state name and postal code', () => {
		expect(searchKeywords(parse(fixtures.stateGuide()))).toMatch(/^Texas, TX/);
	});
	it('emits one meta tag per filter value', () => {
		const tags = searchHeadTags(parse({ ...fixtures.protocol(), topics: ['identification', 'screening'] }), 'draft');
		expect(tags.filter((t) => t.attrs['data-pagefind-filter'] === 'topic[content]').map((t) => t.attrs.content)).toEqual([
			'identification',
			'screening',
		]);
		expect(tags.find((t) => t.attrs['data-pagefind-meta'] === 'summary[content]')?.attrs.content).toMatch(/fixture page/);
	});
});
