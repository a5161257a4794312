/** Each page kind's schema accepts a valid page and rejects the mistakes contributors make. */
import { describe, expect, it } from 'vitest';
import { docsFrontmatterSchema, PAGE_SCHEMAS } from '../../../src/schemas/docs.ts';
import { fixtures } from '../../support/content-fixtures.ts';

const valid = {
	protocol: fixtures.protocol(),
	'state-guide': fixtures.stateGuide(),
	'screening-tool': fixtures.screeningTool(),
	coverage: fixtures.coverage(),
	guide: fixtures.guide(),
	handout: fixtures.handout(),
	page: fixtures.page(),
};

function issuesOf(data: unknown) {
	const result = docsFrontmatterSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`);
}

describe('page kind schemas', () => {
	it('has a fixture for every kind', () => {
		expect(Object.keys(valid).sort()).toEqual(Object.keys(PAGE_SCHEMAS).sort());
	});

	for (const [kind, data] of Object.entries(valid)) {
		it(`accepts a valid ${kind}`, () => {
			expect(issuesOf(data)).toEqual([]);
		});
		it(`rejects a ${kind} without topics`, () => {
			expect(issuesOf({ ...data, topics: [] })).toContain('topics: too_small');
		});
		it(`rejects a ${kind} with an unknown field`, () => {
			expect(issuesOf({ ...data, topcis: ['coverage'] })).toContain(': unrecognized_keys');
		});
		it(`refuses a ${kind} marked reviewed in its frontmatter: reviews are recorded with npm run review:sign`, () => {
			expect(issuesOf({ ...data, review: { status: 'reviewed' } })).toEqual(['review.status: invalid_value']);
			expect(issuesOf({ ...data, review: { status: 'draft' } })).toEqual([]);
		});
	}

	it('rejects an unknown page type', () => {
		expect(issuesOf({ ...valid.page, type: 'article' })).toEqual(['type: invalid_union']);
	});

	it('accepts dates written unquoted in YAML (parsed as Date objects)', () => {
		const data = valid['state-guide'] as ReturnType<typeof fixtures.stateGuide>;
		const withDate = {
			...data,
			facts: { ...data.facts, postpartum12Months: { ...data.facts.postpartum12Months, asOf: new Date('2026-03-19T00:00:00Z') } },
		};
		expect(issuesOf(withDate)).toEqual([]);
	});
});

describe('protocol', () => {
	it('requires every recommendation to carry a strength, an evidence type and a source', () => {
		const base = fixtures.protocol();
		const rec = base.recommendations[0]!;
		expect(issuesOf({ ...base, recommendations: [{ ...rec, strength: 'must' }] })).toContain('recommendations.0.strength: invalid_value');
		expect(issuesOf({ ...base, recommendations: [{ ...rec, evidence: 'rct' }] })).toContain('recommendations.0.evidence: invalid_value');
		expect(issuesOf({ ...base, recommendations: [{ ...rec, sources: [] }] })).toContain('recommendations.0.sources: too_small');
	});
	it('keeps the "what to do now" summary between 2 and 8 actions', () => {
		expect(issuesOf({ ...fixtures.protocol(), summary: ['One.'] })).toContain('summary: too_small');
		expect(issuesOf({ ...fixtures.protocol(), summary: Array(9).fill('An action.') })).toContain('summary: too_big');
	});
});

describe('state guide', () => {
	it('rejects an unknown jurisdiction code', () => {
		expect(issuesOf(fixtures.stateGuide('TXX'))).toContain('jurisdiction: invalid_value');
	});
	it('accepts the five inhabited territories', () => {
		for (const code of ['AS', 'GU', 'MP', 'PR', 'VI']) expect(issuesOf(fixtures.stateGuide(code))).toEqual([]);
	});
	it('requires a source for every known fact and a note for every unknown one', () => {
		const guide = fixtures.stateGuide();
		const facts = {
			...guide.facts,
			postpartum12Months: { value: true, asOf: '2026-03-19', source: null },
			crimeVictimCompensation: { value: null, asOf: '2026-11-29', source: null },
		};
		expect(issuesOf({ ...guide, facts })).toEqual(
			expect.arrayContaining(['facts.postpartum12Months.source: custom', 'facts.crimeVictimCompensation.note: custom']),
		);
	});
	it('rejects an as-of date that is not a real date', () => {
		const guide = fixtures.stateGuide();
		expect(
			issuesOf({ ...guide, facts: { ...guide.facts, ichiaChildren: { ...guide.facts.ichiaChildren, asOf: '2026-02-30' } } }),
		).toContain('facts.ichiaChildren.asOf: custom');
		expect(
			issuesOf({ ...guide, facts: { ...guide.facts, ichiaChildren: { ...guide.facts.ichiaChildren, asOf: 'March 2026' } } }),
		).toContain('facts.ichiaChildren.asOf: invalid_format');
	});
	it('allows only the three Marketplace models', () => {
		const guide = fixtures.stateGuide();
		expect(issuesOf({ ...guide, facts: { ...guide.facts, marketplace: { ...guide.facts.marketplace, value: 'state' } } })).toContain(
			'facts.marketplace.value: invalid_value',
		);
	});
});

describe('screening tool', () => {
	it('keeps confidence intervals around their point estimate', () => {
		const tool = fixtures.screeningTool();
		const study = { ...tool.studies[0]!, sensitivity: { value: 90, ciLow: 92, ciHigh: 95 } };
		expect(issuesOf({ ...tool, studies: [study] })).toContain('studies.0.sensitivity.ciLow: custom');
	});
	it('rejects a percentage above 100', () => {
		const tool = fixtures.screeningTool();
		expect(issuesOf({ ...tool, studies: [{ ...tool.studies[0]!, specificity: { value: 130 } }] })).toContain(
			'studies.0.specificity.value: too_big',
		);
	});
	it('only allows the three kinds of tool', () => {
		expect(issuesOf({ ...fixtures.screeningTool(), kind: 'questionnaire' })).toContain('kind: invalid_value');
	});
});
