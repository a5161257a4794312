/**
 * The GitHub repository ("owner/name") the site links to for "Edit this page", "Suggest a correction", the issue
 * forms and private security reports. Set once, in package.json's `repository` field; a fork needs no change:
 * its own repository comes first, from GitHub Actions (GITHUB_REPOSITORY) or from the clone's `origin` remote.
 * KB_REPOSITORY overrides all three.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Env = Record<string, string | undefined>;

/** "owner/name" from a GitHub address in any usual form (https, ssh, "github:owner/name"), else undefined. */
export function githubRepository(address: string | undefined): string | undefined {
	const match =
		/^(?:github:|(?:git\+)?https?:\/\/github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(
			address?.trim() ?? '',
		);
	return match?.[1];
}

/** The first of: KB_REPOSITORY, GITHUB_REPOSITORY, the `origin` remote, package.json's `repository`. */
export function resolveRepository(env: Env, originRemote: string | undefined, packageRepository: unknown): string | undefined {
	const declared = typeof packageRepository === 'string' ? packageRepository : (packageRepository as { url?: string } | undefined)?.url;
	return (
		githubRepository(env.KB_REPOSITORY && `github:${env.KB_REPOSITORY}`) ??
		githubRepository(env.GITHUB_REPOSITORY && `github:${env.GITHUB_REPOSITORY}`) ??
		githubRepository(originRemote) ??
		githubRepository(declared)
	);
}

function originRemote(): string | undefined {
	try {
		return execFileSync('git', ['remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return undefined; // Not a git clone, or no remote called origin.
	}
}

/** package.json of the project being built (builds and tests run from its root; bundling moves this module). */
function declaredRepository(): unknown {
	try {
		return (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { repository?: unknown }).repository;
	} catch {
		return undefined;
	}
}

export const REPOSITORY = resolveRepository(process.env, originRemote(), declaredRepository());
