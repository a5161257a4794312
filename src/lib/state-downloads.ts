/** The rows of /data/states.json and /data/states.csv, from the same typed data as the pages. */
import { SITE } from '../config/site.ts';
import { bibliography } from './bibliography.ts';
import { pageReview } from './page-reviews.ts';
import { stateGuides } from './state-guides.ts';
import { type StateRecord, stateRecord } from './state-records.ts';

export async function stateDownloadRecords(): Promise<StateRecord[]> {
	const [guides, bib] = await Promise.all([stateGuides(), bibliography()]);
	return guides
		.map((g) => stateRecord(g.data, SITE.url, bib, pageReview(g.id, 'state-guide', g.filePath).status))
		.sort((a, b) => a.code.localeCompare(b.code));
}
