/** Site-wide settings that are choices, not code. */
export const SITE = {
	/**
	 * Where the quick-exit control sends a reader: a neutral, non-personalised public site.
	 * (GOV.UK uses a weather page for the same reason.)
	 */
	quickExitUrl: 'https://www.weather.gov/',
	/** Seconds within which three presses of Shift trigger the quick exit (GOV.UK uses 5). */
	quickExitShiftWindowMs: 5000,
	/**
	 * Repository for "Edit this page" links. Taken from GitHub Actions' GITHUB_REPOSITORY or KB_REPOSITORY
	 * ("owner/name"); without either, pages show no edit link rather than a made-up address.
	 */
	repository: process.env.KB_REPOSITORY ?? process.env.GITHUB_REPOSITORY,
	/** Canonical origin of the deployed site (used for sitemap and security.txt); set SITE_URL when deploying. */
	url: process.env.SITE_URL ?? 'http://localhost:4321',
} as const;
