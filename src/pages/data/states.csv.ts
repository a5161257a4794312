/** /data/states.csv: the same records as /data/states.json, as CSV (empty cell = not yet verified). */
import type { APIRoute } from 'astro';
import { stateDownloadRecords } from '../../lib/state-downloads.ts';
import { toCsv } from '../../lib/state-records.ts';

export const GET: APIRoute = async () =>
	new Response(toCsv(await stateDownloadRecords()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
