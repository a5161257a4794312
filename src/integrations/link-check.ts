/** Fail the build when any internal link or #anchor in the built site points nowhere (see src/quality/links.ts). */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { builtHtmlPaths } from '../quality/built-pages.ts';
import { checkLinks } from '../quality/links.ts';

export default function linkCheck(): AstroIntegration {
	return {
		name: 'kb:link-check',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const { problems, checked, external } = checkLinks(root, builtHtmlPaths(root));
				if (problems.length > 0) {
					const list = problems.map((p) => `  ${p.page} → ${p.href} (${p.reason})`).join('\n');
					throw new AstroError(
						`${problems.length} broken internal link${problems.length === 1 ? '' : 's'}:\n${list}`,
						'Fix the link in the page that contains it, or the page or heading it points to.',
					);
				}
				logger.info(
					`${checked} internal links and anchors resolve; ${external.size} external links (listed by \`npm run report:links\`, not fetched).`,
				);
			},
		},
	};
}
