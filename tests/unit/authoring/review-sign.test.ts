/** Recording a review: the reviewer is added once, the record binds the page's content, and mistakes are refused. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signReview } from '../../../src/authoring/review-sign.ts';
import { fingerprint, pageParts } from '../../../src/lib/review-fingerprint.ts';
import { contentFolder, fixtures, page } from '../../support/content-fixtures.ts';

const body = 'Intro.\n\n## What to do now\n\nTalk alone.\n\n## Discharge\n\nPlan the next visit.\n';

function site() {
	return contentFolder({
		'docs/protocols/p.md': page({ ...fixtures.protocol(), related: {} }, body),
		'docs/es/protocols/p.md': page(
			{
				...fixtures.protocol(),
				related: {},
				title: 'Protocolo',
				translation: { source: 'protocols/p', sourceHash: '000000000000', translatedOn: '2027-01-01' },
			},
			body,
		),
	});
}
const sign = (root: string, file: string, extra: object = {}) =>
	signReview(root, {
		file: join(root, 'docs', file),
		name: 'Ana Ruiz',
		credentials: 'RN, SANE-A',
		role: 'Forensic nurse',
		today: '2027-01-15',
		...extra,
	});

describe('review:sign', () => {
	it("adds a new reviewer once and records the review with the page's fingerprint", () => {
		const root = site();
		const first = sign(root, 'protocols/p.md');
		expect(first).toMatchObject({ pageId: 'protocols/p', newReviewer: true, reviewer: { id: 'ana-ruiz', languages: ['en'] } });
		const source = readFileSync(join(root, 'docs/protocols/p.md'), 'utf8');
		expect(first.record.fingerprint).toBe(fingerprint(pageParts(source)));
		expect(sign(root, 'protocols/p.md', { today: '2027-02-01' }).newReviewer).toBe(false);
		const saved = readFileSync(join(root, 'data/reviews/protocols/p.yaml'), 'utf8');
		expect(saved.match(/- reviewers:/g)).toHaveLength(2);
		expect(readFileSync(join(root, 'data/reviewers.yaml'), 'utf8').match(/id: ana-ruiz/g)).toHaveLength(1);
	});

	it('records a review of named sections only', () => {
		const record = sign(site(), 'protocols/p.md', { sections: ['what-to-do-now'] }).record;
		expect(Object.keys(record.parts)).toEqual(['section:what-to-do-now']);
	});

	it('refuses unknown sections and unknown reviewer ids, saying what exists', () => {
		expect(() => sign(site(), 'protocols/p.md', { sections: ['triage'] })).toThrow(/No section "triage".*discharge, intro, what-to-do-now/);
		expect(() => sign(site(), 'protocols/p.md', { reviewer: 'nobody' })).toThrow(/No reviewer "nobody"/);
	});

	it('refuses a Spanish page signed by someone who does not review in Spanish', () => {
		const root = site();
		sign(root, 'protocols/p.md');
		expect(() => sign(root, 'es/protocols/p.md', { reviewer: 'ana-ruiz' })).toThrow(/reviews in en; this page is in Spanish/);
		expect(sign(root, 'es/protocols/p.md', { name: 'Luz Díaz', credentials: 'MD', role: 'Pediatrician', languages: ['es'] })).toMatchObject(
			{
				reviewer: { id: 'luz-diaz', languages: ['es'] },
			},
		);
	});
});
