/** The allow-list check catches a script nobody listed and a feature script on a page that is not its own. */
import { describe, expect, it } from 'vitest';
import { type AllowedScript, unlistedScripts } from '../../../src/quality/eager-scripts.ts';

const allowed: AllowedScript[] = [
	{ name: 'quick exit', signature: /data-quick-exit/ },
	{ name: 'chooser', signature: /data-chooser/, pages: /^\/screening-tools\/$/ },
];

describe('eager-script allow-list', () => {
	it('accepts listed scripts on their pages', () => {
		const scripts = [
			{ id: 'inline #1', code: 'document.querySelector("[data-quick-exit]")' },
			{ id: 'inline #2', code: 'document.querySelector("[data-chooser]")' },
		];
		expect(unlistedScripts('/screening-tools/', scripts, allowed)).toEqual([]);
	});

	it('reports a script nobody listed, and a listed script outside its pages', () => {
		const scripts = [
			{ id: '/_astro/tracker.js', code: 'navigator.sendBeacon("/collect")' },
			{ id: 'inline #2', code: 'document.querySelector("[data-chooser]")' },
		];
		expect(unlistedScripts('/states/texas/', scripts, allowed)).toEqual([
			'/states/texas/ /_astro/tracker.js: navigator.sendBeacon("/collect")',
			'/states/texas/ inline #2: document.querySelector("[data-chooser]")',
		]);
	});
});
