/** Site-wide settings that are choices, not code. */
import { siteOrigin } from './site-origin.ts';

export const SITE = {
	/**
	 * Where the quick-exit control sends a reader: a neutral, non-personalised public site.
	 * (GOV.UK uses a weather page for the same reason.)
	 */
	quickExitUrl: 'https://www.weather.gov/',
	/** Milliseconds within which three presses of Shift trigger the quick exit (GOV.UK uses 5). */
	quickExitShiftWindowMs: 5000,
	/**
	 * Repository for "Edit this page" links. Taken from GitHub Actions' GITHUB_REPOSITORY or KB_REPOSITORY
	 * ("owner/name"); without either, pages show no edit link rather than a made-up address.
	 */
	repository: process.env.KB_REPOSITORY ?? process.env.GITHUB_REPOSITORY,
	/**
	 * Public origin of the deployed site, from SITE_URL; undefined in local and test builds, which then leave out
	 * what needs an absolute address. A deploy build without it stops (see site-origin.ts).
	 */
	url: siteOrigin(),
} as const;
