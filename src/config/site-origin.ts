/**
 * The public origin of the site, from SITE_URL. Absolute URLs (canonical links, the sitemap, security.txt's
 * Canonical and Policy, the `url` column of the data downloads) need it; a build without it must not invent one,
 * so a local or test build leaves them out, and a deploy build refuses to start without it.
 */

/** Environment variables that mark a build headed for the public site. */
const DEPLOY_MARKERS: Record<string, (value: string) => boolean> = {
	/** Set by this project's deploy workflow; set it yourself on any other host. */
	KB_DEPLOY: (v) => v !== '' && v !== '0' && v !== 'false',
	/** Netlify production builds. */
	CONTEXT: (v) => v === 'production',
	/** Cloudflare Pages builds. */
	CF_PAGES: (v) => v === '1',
	/** Vercel production builds. */
	VERCEL_ENV: (v) => v === 'production',
};

export type Env = Record<string, string | undefined>;

/** The marker that makes this a deploy build, or undefined for a local, CI-test or preview build. */
export function deployMarker(env: Env): string | undefined {
	return Object.keys(DEPLOY_MARKERS).find((name) => {
		const value = env[name];
		return value !== undefined && DEPLOY_MARKERS[name]!(value);
	});
}

const HOW_TO_SET =
	'Set SITE_URL to the public address before building, e.g. `SITE_URL=https://example.org npm run build`; ' +
	'in GitHub Actions, add a repository variable SITE_URL (Settings → Secrets and variables → Actions → Variables).';

/**
 * The site's origin (e.g. "https://example.org"), or undefined when SITE_URL is unset and this is not a deploy build.
 * Throws, with what to do, when SITE_URL is malformed, or missing or empty in a deploy build.
 */
export function siteOrigin(env: Env = process.env): string | undefined {
	const raw = env.SITE_URL?.trim();
	const marker = deployMarker(env);
	if (!raw) {
		if (marker)
			throw new Error(
				`SITE_URL is ${env.SITE_URL === undefined ? 'not set' : 'empty'}, and this is a deploy build (${marker} is set). ` +
					'Without it, canonical links, the sitemap and security.txt cannot name the site.\n' +
					HOW_TO_SET,
			);
		return undefined;
	}
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`SITE_URL must be an absolute address such as https://example.org; found "${raw}".\n${HOW_TO_SET}`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`SITE_URL must start with https:// (or http://); found "${raw}".\n${HOW_TO_SET}`);
	return url.origin;
}

/** An absolute URL on the site when the origin is known; otherwise the site-relative path. */
export function siteHref(path: string, origin: string | undefined): string {
	return origin ? new URL(path, origin).href : path;
}
