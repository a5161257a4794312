/** The Node version guard: under an old Node, one message with the versions and how to upgrade, and exit 1. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const nvmrc = readFileSync('.nvmrc', 'utf8').trim();

/** Runs the guard with `process.versions.node` replaced, as an old Node would report it. */
function runAs(version: string) {
	const fake = `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${version}"})`;
	return spawnSync(process.execPath, ['--import', fake, 'scripts/check-node.mjs'], { encoding: 'utf8' });
}

describe('the Node version guard', () => {
	it('stops Node 20 with the version found, the version needed and how to get it', () => {
		const result = runAs('20.20.2');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('this is Node.js 20.20.2');
		expect(result.stderr).toContain('needs Node.js 22.18 or newer');
		expect(result.stderr).toContain(`nvm install ${nvmrc}`);
		expect(result.stderr).toContain(`npm install -g node@${nvmrc}`);
		expect(result.stderr.trim().split('\n')).toHaveLength(4);
	});

	it('stops 22.17, which cannot strip TypeScript types by default, and lets 22.18 and the .nvmrc version through', () => {
		expect(runAs('22.17.1').status).toBe(1);
		expect(runAs('22.18.0').status).toBe(0);
		expect(runAs(`${nvmrc}.0.0`).status).toBe(0);
	});

	it('agrees with package.json: engines and devEngines state the same minimum, and npm stops an old Node first', () => {
		expect(pkg.engines.node).toBe('>=22.18');
		expect(pkg.devEngines.runtime).toMatchObject({ name: 'node', version: pkg.engines.node, onFail: 'error' });
		for (const script of ['start', 'test', 'build', 'dev']) expect(pkg.scripts[`pre${script}`]).toBe('node scripts/check-node.mjs');
	});
});
