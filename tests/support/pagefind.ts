/** Run code against the built site's Pagefind bundle in a page. Written as a string so the test runner leaves `import()` alone. */
import type { Page } from 'playwright-core';

export function withPagefind<T>(page: Page, body: string, args: unknown = {}): Promise<T> {
	return page.evaluate(
		`(async (args) => { const pf = await import('/pagefind/pagefind.js'); ${body} })(${JSON.stringify(args)})`,
	) as Promise<T>;
}
