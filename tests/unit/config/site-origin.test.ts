/** SITE_URL: absolute addresses only when the site's origin is known; a deploy build without it stops. */
import { describe, expect, it } from 'vitest';
import { deployMarker, siteHref, siteOrigin } from '../../../src/config/site-origin.ts';
import { stateRecord } from '../../../src/lib/state-records.ts';
import { securityTxt } from '../../../src/pages/.well-known/[file].ts';
import { stateGuideSchema } from '../../../src/schemas/state-guide.ts';
import { fixtures } from '../../support/content-fixtures.ts';

describe('the site origin', () => {
	it('is unknown, not localhost, in a local or test build without SITE_URL', () => {
		expect(siteOrigin({})).toBeUndefined();
		expect(siteOrigin({ CI: 'true', GITHUB_ACTIONS: 'true' })).toBeUndefined();
		expect(siteOrigin({ SITE_URL: '   ' })).toBeUndefined();
	});

	it('is the origin of SITE_URL', () => {
		expect(siteOrigin({ SITE_URL: 'https://care.example.org' })).toBe('https://care.example.org');
		expect(siteOrigin({ SITE_URL: 'https://care.example.org/' })).toBe('https://care.example.org');
	});

	it.each([
		['KB_DEPLOY', 'true'],
		['CONTEXT', 'production'],
		['CF_PAGES', '1'],
		['VERCEL_ENV', 'production'],
	])('stops a deploy build (%s=%s) without SITE_URL, saying how to set it', (name, value) => {
		expect(deployMarker({ [name]: value })).toBe(name);
		expect(() => siteOrigin({ [name]: value })).toThrow(/SITE_URL is not set, and this is a deploy build/);
		expect(() => siteOrigin({ [name]: value, SITE_URL: '' })).toThrow(/SITE_URL is empty.*\n.*Set SITE_URL to the public address/);
	});

	it('does not treat a Netlify preview or KB_DEPLOY=false as a deploy', () => {
		expect(deployMarker({ CONTEXT: 'deploy-preview', KB_DEPLOY: 'false' })).toBeUndefined();
	});

	it('refuses an address that is not absolute http(s)', () => {
		expect(() => siteOrigin({ SITE_URL: 'care.example.org' })).toThrow(/found "care.example.org"/);
		expect(() => siteOrigin({ SITE_URL: 'ftp://care.example.org' })).toThrow(/must start with https:\/\//);
	});

	it('makes site-relative addresses when the origin is unknown', () => {
		expect(siteHref('/states/texas/', undefined)).toBe('/states/texas/');
		expect(siteHref('/states/texas/', 'https://care.example.org')).toBe('https://care.example.org/states/texas/');
		const data = stateGuideSchema.parse(fixtures.stateGuide());
		expect(stateRecord(data, undefined, new Map()).url).toBe('/states/texas/');
	});
});

describe('security.txt', () => {
	it('names the site only when its origin is known', () => {
		const local = securityTxt('2026-12-02', undefined, 'owner/kb')!;
		expect(local).toContain('Contact: https://github.com/owner/kb/security/advisories/new');
		expect(local).not.toMatch(/^(Canonical|Policy):/m);
		const deployed = securityTxt('2026-12-02', 'https://care.example.org', undefined)!;
		expect(deployed).toContain('Contact: https://care.example.org/contribute/#report-a-security-problem');
		expect(deployed).toContain('Canonical: https://care.example.org/.well-known/security.txt');
	});

	it('is not published when no contact address can be given', () => {
		expect(securityTxt('2026-12-02', undefined, undefined)).toBeNull();
	});
});
