/** No build writes localhost into the site; SITE_URL makes absolute addresses; a deploy build needs it. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { writeSyntheticContent } from '../../scripts/bench/synthetic-content.ts';
import { buildContent } from '../support/build-content.ts';
import { DIST } from '../support/dist.ts';

const TEXT = /\.(html|xml|txt|json|csv|js|css|webmanifest|_headers)$|_headers$/;

function textFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return textFiles(path);
		return TEXT.test(name) ? [path] : [];
	});
}

describe('the site origin in the build', () => {
	it('writes no localhost address into any file of the default build', () => {
		const offenders = textFiles(DIST).filter((file) => /localhost|127\.0\.0\.1/.test(readFileSync(file, 'utf8')));
		expect(offenders).toEqual([]);
	});

	it('uses SITE_URL for canonical links, the sitemap, a current security.txt and the data files', () => {
		const root = mkdtempSync(join(tmpdir(), 'kb-origin-'));
		writeSyntheticContent(root, 60);
		const { status, output } = buildContent(root, { SITE_URL: 'https://care.example.org' });
		expect(status, output).toBe(0);
		const dist = join(root, 'dist');
		onTestFinished(() => rmSync(root, { recursive: true, force: true }));
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('<link rel="canonical" href="https://care.example.org/"');
		expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://care.example.org/states/texas/</loc>');
		const securityTxt = readFileSync(join(dist, '.well-known/security.txt'), 'utf8');
		expect(securityTxt).toContain('Canonical: https://care.example.org/.well-known/security.txt');
		const expires = new Date(/^Expires: (.+)$/m.exec(securityTxt)![1]!);
		expect(expires.getTime() - Date.now()).toBeGreaterThan(60 * 24 * 3600 * 1000);
		expect(expires.getTime() - Date.now()).toBeLessThan(366 * 24 * 3600 * 1000);
		const data = JSON.parse(readFileSync(join(dist, 'data/states.json'), 'utf8'));
		expect(data.records.find((r: { code: string }) => r.code === 'TX').url).toBe('https://care.example.org/states/texas/');
		expect(existsSync(join(DIST, 'sitemap-0.xml')), 'the default build has no sitemap').toBe(false);
	});

	it('stops a deploy build without SITE_URL before building, with one message saying how to set it', () => {
		const env: Record<string, string | undefined> = { ...process.env, KB_DEPLOY: 'true', SITE_URL: '' };
		const result = spawnSync(process.execPath, ['scripts/astro.ts', 'build'], { env, encoding: 'utf8' });
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^✖ SITE_URL is empty, and this is a deploy build \(KB_DEPLOY is set\)/);
		expect(result.stderr).toContain('add a repository variable SITE_URL');
		expect(result.stdout).toBe('');
	});
});
