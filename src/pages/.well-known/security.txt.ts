/**
 * /.well-known/security.txt (RFC 9116). Contact: the repository's private vulnerability reporting when the
 * repository is known, and the site's contribute page in any case. Expires half a year after each build;
 * the scheduled deploy rebuilds the site daily, so it never lapses.
 */
import type { APIRoute } from 'astro';
import { SITE } from '../../config/site.ts';
import { today } from '../../lib/dates.ts';

export function securityTxt(day: string, siteUrl: string, repository?: string): string {
	const expires = new Date(`${day}T00:00:00Z`);
	expires.setUTCDate(expires.getUTCDate() + 182);
	const lines = [
		...(repository ? [`Contact: https://github.com/${repository}/security/advisories/new`] : []),
		`Contact: ${new URL('/contribute/#report-a-security-problem', siteUrl).href}`,
		`Expires: ${expires.toISOString()}`,
		'Preferred-Languages: en, es',
		`Canonical: ${new URL('/.well-known/security.txt', siteUrl).href}`,
		`Policy: ${new URL('/privacy/', siteUrl).href}`,
	];
	return `${lines.join('\n')}\n`;
}

export const GET: APIRoute = () =>
	new Response(securityTxt(today(), SITE.url, SITE.repository), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
