/** Site-wide settings that are choices, not code. */
import { REPOSITORY } from './repository.ts';
import { siteOrigin } from './site-origin.ts';

export const SITE = {
	/**
	 * Where the quick-exit control sends a reader: a neutral, non-personalised public site.
	 * (GOV.UK uses a weather page for the same reason.)
	 */
	quickExitUrl: 'https://www.weather.gov/',
	/** Milliseconds within which three presses of Shift trigger the quick exit (GOV.UK uses 5). */
	quickExitShiftWindowMs: 5000,
	/** GitHub repository ("owner/name") for edit and correction links: package.json's `repository`, or a fork's own (see repository.ts). */
	repository: REPOSITORY,
	/**
	 * How soon the project answers, as the contribute page promises: a correction, and one marked as able to harm a
	 * patient. The maintainers' commitment; change it here if your team cannot keep it.
	 */
	replyDays: { correction: 7, harmful: 2 },
	/**
	 * Public origin of the deployed site, from SITE_URL; undefined in local and test builds, which then leave out
	 * what needs an absolute address. A deploy build without it stops (see site-origin.ts).
	 */
	url: siteOrigin(),
} as const;
