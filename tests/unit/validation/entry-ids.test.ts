/** The content check names pages by the ids Astro gives them, so its cross-reference check agrees with the build. */
import { describe, expect, it } from 'vitest';
import { entryIdFor } from '../../../src/validation/source-files.ts';

describe('entry ids', () => {
	it.each([
		['index.mdx', 'index'],
		['es/index.mdx', 'es'],
		['protocols/emergency-department.mdx', 'protocols/emergency-department'],
		['states/District of Columbia.md', 'states/district-of-columbia'],
		['guides/Caring_for_the_team.md', 'guides/caring_for_the_team'],
		['guides/Qué pasa.mdx', 'guides/qué-pasa'],
	])('%s → %s, as github-slugger slugs each segment for Astro', (file, id) => {
		expect(entryIdFor(file)).toBe(id);
	});

	it('honours a slug set in the frontmatter, as Astro does', () => {
		expect(entryIdFor('guides/old-name.md', { slug: 'guides/new-name' })).toBe('guides/new-name');
	});
});
