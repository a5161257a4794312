/**
 * After the build, give every page a <meta> Content-Security-Policy with the hashes of its own inline scripts
 * and styles, and add the union of all of them, with frame-ancestors, to dist/_headers for hosts that read it.
 * (Astro's own CSP option does not hash Starlight's inline scripts; see docs/decisions/0003-content-security-policy.md.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtHtmlFile, builtHtmlPaths } from '../quality/built-pages.ts';
import { inlineHashes, policy, withMetaPolicy } from '../security/csp.ts';

export default function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'kb:content-security-policy',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const allScripts = new Set<string>();
				const allStyles = new Set<string>();
				const files = builtHtmlPaths(root).map((path) => builtHtmlFile(root, path));
				for (const file of files) {
					const html = readFileSync(file, 'utf8');
					const hashes = inlineHashes(html);
					for (const h of hashes.scripts) allScripts.add(h);
					for (const h of hashes.styles) allStyles.add(h);
					writeFileSync(file, withMetaPolicy(html, policy(hashes)));
				}
				const headersFile = join(root, '_headers');
				let headers = '';
				try {
					headers = readFileSync(headersFile, 'utf8');
				} catch {
					// No public/_headers: start one.
				}
				const csp = policy({ scripts: [...allScripts].sort(), styles: [...allStyles].sort(), header: true });
				writeFileSync(
					headersFile,
					`${headers.trimEnd()}\n\n# Added by the build (src/integrations/content-security-policy.ts).\n/*\n  Content-Security-Policy: ${csp}\n`,
				);
				logger.info(
					`Content-Security-Policy on ${files.length} pages: ${allScripts.size} inline script hashes, ${allStyles.size} style hashes.`,
				);
			},
		},
	};
}
