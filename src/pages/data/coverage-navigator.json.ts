/** /data/coverage-navigator.json: the per-state facts and sources the coverage navigator runs the rules on. */
import type { APIRoute } from 'astro';
import { navigatorData } from '../../lib/navigator-data.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await navigatorData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
