/** The pull-request summary: changed pages with their review status and reviewers, and each state fact that changes. */
import { parse } from 'codeowners-utils';
import { describe, expect, it } from 'vitest';
import { factChanges, prSummaryMarkdown } from '../../../src/quality/pr-summary.ts';
import { fixtures, page } from '../../support/content-fixtures.ts';

const before = page(fixtures.stateGuide());
const guide = fixtures.stateGuide();
const after = page({
	...guide,
	facts: {
		...guide.facts,
		crimeVictimCompensation: {
			value: { name: 'Crime Victims Compensation', url: 'https://example.gov/cvc' },
			asOf: '2026-12-02',
			source: 'agency-tx-cvc',
		},
		postpartum12Months: { ...guide.facts.postpartum12Months, asOf: '2026-12-01' },
	},
});
const codeowners = parse('* @org/maintainers\n/content/docs/states/ @org/coverage-reviewers\n');

describe('pull-request summary', () => {
	it('lists the facts whose value changed, old and new, with the source; not those whose date alone changed', () => {
		expect(factChanges([{ path: 'content/docs/states/texas.md', before, after }])).toEqual([
			{
				path: 'content/docs/states/texas.md',
				fact: 'crimeVictimCompensation',
				before: 'not yet verified',
				after: '{"name":"Crime Victims Compensation","url":"https://example.gov/cvc"}',
				source: 'agency-tx-cvc',
				asOf: '2026-12-02',
			},
		]);
	});

	it('names the review status after the change and the reviewers CODEOWNERS will ask', () => {
		const md = prSummaryMarkdown(
			[
				{
					path: 'content/docs/states/texas.md',
					before,
					after,
					review: { id: 'states/texas', title: 'Texas', status: 'changed', reviewedOn: '2026-10-01' },
				},
				{ path: 'content/data/bibliography/states.yaml', before: null, after: '[]' },
			],
			codeowners,
		);
		expect(md).toContain('| Texas (`states/texas`) | changed | changed, reviewed 2026-10-01 | @org/coverage-reviewers |');
		expect(md).toContain('- `content/data/bibliography/states.yaml` (added), reviewers: @org/maintainers');
		expect(md).toContain('### State facts whose values change (1)');
	});
});
