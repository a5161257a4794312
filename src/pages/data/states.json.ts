/** /data/states.json: one record per jurisdiction, with each fact's as-of date and source URL. */
import type { APIRoute } from 'astro';
import { stateDownloadRecords } from '../../lib/state-downloads.ts';

export const GET: APIRoute = async () => {
	const records = await stateDownloadRecords();
	const body = {
		description:
			"Facts for the care of survivors of human trafficking, by US jurisdiction: reporting lines, coverage, programs, minors' consent, safe harbor. null means not yet verified (see the fact's Note) or not yet researched (its AsOf is null too).",
		dictionary: '/data/',
		generated: new Date().toISOString().slice(0, 10),
		records,
	};
	return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
