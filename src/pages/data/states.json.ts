/** /data/states.json: one record per jurisdiction, with each fact's as-of date and source URL. */
import type { APIRoute } from 'astro';
import { stateDownloadRecords } from '../../lib/state-downloads.ts';

export const GET: APIRoute = async () => {
	const records = await stateDownloadRecords();
	const body = {
		description: 'Coverage facts for survivors of human trafficking, by US jurisdiction. null means not yet verified.',
		generated: new Date().toISOString().slice(0, 10),
		records,
	};
	return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
