/**
 * Validate all content before Astro syncs it, so a mistake stops `astro build` with the same precise
 * messages as `npm run check:content` (file, line, field, expected, found, hint), all at once.
 * In `astro dev` the report is logged instead, so the server keeps running while the contributor fixes it.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { CONTENT_ROOT } from '../lib/paths.ts';
import { formatReport } from '../validation/problem.ts';
import { validateContent } from '../validation/validate-content.ts';

export default function contentCheck(): AstroIntegration {
	return {
		name: 'kb:content-check',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				const { problems, pageCount } = validateContent(CONTENT_ROOT);
				if (problems.length === 0) {
					logger.info(`${pageCount} pages checked: no content problems.`);
					return;
				}
				const report = formatReport(problems);
				if (command === 'dev') logger.error(`\n${report}`);
				else
					throw new AstroError(
						`Content problems stop the build.\n\n${report}\n`,
						'Fix these and build again; `npm run check:content` lists the same problems in seconds.',
					);
			},
		},
	};
}
