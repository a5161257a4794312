/** Reviews bound to content: formatting does not break a review, a changed sentence or fact does, and time does. */
import { describe, expect, it } from 'vitest';
import { fingerprint, pageParts, partsInScope, plainText } from '../../../src/lib/review-fingerprint.ts';
import { addMonths, reviewState } from '../../../src/lib/review-state.ts';
import type { ReviewRecord } from '../../../src/schemas/review-record.ts';

const page = `---
type: protocol
title: Emergency department care
review: { status: draft }
keywords: [ED, ER]
summary:
  - Talk with the patient alone.
  - Offer an interpreter.
---

Intro text for the busy reader.

## What to do now

1. Triage as for **any** patient.
2. Call social work early.

## Discharge

| Step | Who |
| --- | --- |
| Plan | Nurse |
`;

/** A review record of the page as it is, as \`npm run review:sign\` writes it. */
function signed(source: string, date: string, sections: string[] = []): ReviewRecord {
	const parts = partsInScope(pageParts(source), sections);
	return {
		reviewers: ['maria-lopez'],
		date,
		sections,
		fingerprint: fingerprint(parts),
		parts: Object.fromEntries(parts.map((p) => [p.name, p.hash])),
	};
}

describe('review fingerprints', () => {
	it('cut a page into fields and sections, leaving out review bookkeeping and search keywords', () => {
		expect(pageParts(page).map((p) => p.name)).toEqual([
			'field:summary',
			'field:title',
			'field:type',
			'section:discharge',
			'section:intro',
			'section:what-to-do-now',
		]);
	});

	it('ignore formatting: line wrapping, emphasis, table padding, the order of fields and the review block', () => {
		const reformatted = page
			.replace('1. Triage as for **any** patient.', '1. Triage as for\n   _any_ patient.')
			.replace('| Plan | Nurse |', '|   Plan   |   Nurse   |')
			.replace('review: { status: draft }\n', '')
			.replace('keywords: [ED, ER]', 'keywords: [ED, ER, emergency room]');
		expect(fingerprint(pageParts(reformatted))).toBe(fingerprint(pageParts(page)));
		expect(plainText('A  *b*\n\n__c__ | d |')).toBe('A b c | d |');
	});

	it('change with a word of the text or of the frontmatter', () => {
		expect(fingerprint(pageParts(page.replace('social work early', 'social work late')))).not.toBe(fingerprint(pageParts(page)));
		expect(fingerprint(pageParts(page.replace('Offer an interpreter.', 'Offer a professional interpreter.')))).not.toBe(
			fingerprint(pageParts(page)),
		);
	});
});

describe('review state', () => {
	it('is draft with no review', () => {
		expect(reviewState([], pageParts(page), 'protocol', '2027-01-01')).toMatchObject({ status: 'draft', periodMonths: 24 });
	});

	it('is reviewed after signing, with the next review due after the period for its kind', () => {
		const state = reviewState([signed(page, '2027-01-15')], pageParts(page), 'protocol', '2027-02-01');
		expect(state).toMatchObject({ status: 'reviewed', due: '2029-01-15', changes: [] });
		expect(reviewState([signed(page, '2027-01-15')], pageParts(page), 'coverage', '2027-02-01').due).toBe('2027-07-15');
	});

	it('is "changed since review" when a sentence changes, naming the section that changed', () => {
		const edited = page.replace('Call social work early.', 'Call social work and the SANE early.');
		const state = reviewState([signed(page, '2027-01-15')], pageParts(edited), 'protocol', '2027-02-01');
		expect(state.status).toBe('changed');
		expect(state.changes).toEqual([{ name: 'section:what-to-do-now', label: 'What to do now', change: 'changed' }]);
	});

	it('names added and removed sections', () => {
		const edited = page.replace('## Discharge', '## Leaving the hospital');
		const changes = reviewState([signed(page, '2027-01-15')], pageParts(edited), 'protocol', '2027-02-01').changes;
		expect(changes.map((c) => `${c.change} ${c.name}`)).toEqual(['removed section:discharge', 'added section:leaving-the-hospital']);
	});

	it('is overdue once the period has passed, unless the content changed (which says more)', () => {
		expect(reviewState([signed(page, '2025-01-15')], pageParts(page), 'state-guide', '2025-07-16').status).toBe('overdue');
		expect(reviewState([signed(page, '2025-01-15')], pageParts(page), 'state-guide', '2025-07-15').status).toBe('reviewed');
	});

	it('binds a review of some sections to those sections only', () => {
		const record = signed(page, '2027-01-15', ['what-to-do-now']);
		const editedElsewhere = page.replace('| Plan | Nurse |', '| Plan | Social worker |');
		expect(reviewState([record], pageParts(editedElsewhere), 'protocol', '2027-02-01').status).toBe('reviewed');
		const editedInside = page.replace('Triage as for', 'Stabilize as for');
		expect(reviewState([record], pageParts(editedInside), 'protocol', '2027-02-01').status).toBe('changed');
	});

	it('uses the latest review', () => {
		const old = signed(page.replace('early', 'late'), '2026-01-01');
		const state = reviewState([old, signed(page, '2027-01-15')], pageParts(page), 'protocol', '2027-02-01');
		expect(state).toMatchObject({ status: 'reviewed', record: { date: '2027-01-15' } });
	});

	it('adds months within the month', () => {
		expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
		expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
	});
});
