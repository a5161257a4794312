/** Says once, at the start of a build, what a build without SITE_URL leaves out (see src/config/site-origin.ts). */
import type { AstroIntegration } from 'astro';

export default function siteOriginNotice(origin: string | undefined): AstroIntegration {
	return {
		name: 'kb:site-origin',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (origin || command !== 'build') return;
				logger.info(
					'SITE_URL is not set: canonical links, the sitemap and absolute addresses in security.txt and /data/ are left out. ' +
						'Set SITE_URL=https://… for a build that will be published.',
				);
			},
		},
	};
}
