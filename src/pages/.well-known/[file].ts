/**
 * /.well-known/security.txt (RFC 9116). Contact: the repository's private vulnerability reporting when the
 * repository is known, and the site's contribute page when the site's origin is known (SITE_URL). RFC 9116 wants
 * absolute addresses, so a build that knows neither publishes no security.txt rather than a wrong one.
 * Expires half a year after each build; the scheduled deploy rebuilds the site daily, so it never lapses.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../config/site.ts';
import { today } from '../../lib/dates.ts';
import { securityReportUrl } from '../../lib/repository-links.ts';

/** The file's lines, or null when no Contact can be given. */
export function securityTxt(day: string, origin: string | undefined, repository?: string): string | null {
	const contacts = [
		...(repository ? [securityReportUrl(repository)] : []),
		...(origin ? [new URL('/contribute/#report-a-security-problem', origin).href] : []),
	];
	if (contacts.length === 0) return null;
	const expires = new Date(`${day}T00:00:00Z`);
	expires.setUTCDate(expires.getUTCDate() + 182);
	const lines = [
		...contacts.map((c) => `Contact: ${c}`),
		`Expires: ${expires.toISOString()}`,
		'Preferred-Languages: en, es',
		...(origin ? [`Canonical: ${new URL('/.well-known/security.txt', origin).href}`, `Policy: ${new URL('/privacy/', origin).href}`] : []),
	];
	return `${lines.join('\n')}\n`;
}

const body = securityTxt(today(), SITE.url, SITE.repository);

export const getStaticPaths = (() => (body ? [{ params: { file: 'security.txt' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
