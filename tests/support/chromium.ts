/** Debian's Chromium, driven by playwright-core. Never downloads a browser. */
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function assertChromium(): void {
	if (!existsSync(CHROMIUM_PATH))
		throw new Error(
			`Chromium was not found at ${CHROMIUM_PATH}. The browser tests need it.\n` +
				'Install it with `sudo apt-get update && sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
				'or point CHROMIUM_PATH at a Chromium or Chrome binary. Do not use `npx playwright install`.',
		);
}

const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

/** A fresh browser; Playwright gives every launch its own new, empty profile and removes it on close. */
export async function launch(): Promise<{ browser: Browser; close: () => Promise<void> }> {
	assertChromium();
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
	return { browser, close: () => browser.close() };
}

/** A context whose pages start in the given theme (Starlight reads it from localStorage). */
export async function contextWithTheme(
	browser: Browser,
	theme: 'light' | 'dark',
	options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
	const context = await browser.newContext(options);
	await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	return context;
}
