/** The repository is set once in package.json; a fork's own repository, from its CI or its clone, comes first. */
import { describe, expect, it } from 'vitest';
import { githubRepository, resolveRepository } from '../../../src/config/repository.ts';

describe('repository', () => {
	it('reads owner/name from the usual forms of a GitHub address', () => {
		for (const address of [
			'github:owner/kb',
			'https://github.com/owner/kb',
			'https://github.com/owner/kb.git',
			'git+https://github.com/owner/kb.git',
			'git@github.com:owner/kb.git',
			'ssh://git@github.com/owner/kb',
		])
			expect(githubRepository(address), address).toBe('owner/kb');
		expect(githubRepository('https://gitlab.com/owner/kb')).toBeUndefined();
		expect(githubRepository('/home/me/kb')).toBeUndefined();
	});

	it('prefers KB_REPOSITORY, then the fork running in GitHub Actions, then the clone, then package.json', () => {
		const declared = 'github:upstream/kb';
		expect(resolveRepository({}, undefined, declared)).toBe('upstream/kb');
		expect(resolveRepository({}, 'git@github.com:fork/kb.git', declared)).toBe('fork/kb');
		expect(resolveRepository({ GITHUB_REPOSITORY: 'ci-fork/kb' }, 'git@github.com:fork/kb.git', declared)).toBe('ci-fork/kb');
		expect(resolveRepository({ KB_REPOSITORY: 'chosen/kb', GITHUB_REPOSITORY: 'ci-fork/kb' }, undefined, declared)).toBe('chosen/kb');
		expect(resolveRepository({}, '/srv/git/kb', { type: 'git', url: 'https://github.com/upstream/kb.git' })).toBe('upstream/kb');
	});
});
