/**
 * Every kind of content mistake yields a message a contributor can act on: the file, the line, the field,
 * what was expected, what was found, and a hint. One row per kind of mistake.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/validation/problem.ts';
import { validateContent } from '../../../src/validation/validate-content.ts';
import { contentFolder, defaultBibliography, fixtures, page } from '../../support/content-fixtures.ts';

const texas = () => page(fixtures.stateGuide());

function problemsOf(files: Record<string, string>, bibliography?: unknown[]) {
	const root = contentFolder({ 'docs/states/texas.md': texas(), ...files }, bibliography);
	return validateContent(root).problems;
}

interface Case {
	name: string;
	files: Record<string, string>;
	expect: { file: RegExp; field: string; expected: RegExp; found: RegExp; hint?: RegExp; lineOf?: string };
}

const protocol = fixtures.protocol();
const cases: Case[] = [
	{
		name: 'a missing required field',
		files: { 'docs/protocols/p.md': page({ ...protocol, summary: undefined }) },
		expect: { file: /docs\/protocols\/p\.md$/, field: 'summary', expected: /a list/, found: /missing/, hint: /add the field "summary"/ },
	},
	{
		name: 'an unknown page kind',
		files: { 'docs/protocols/p.md': page({ ...protocol, type: 'protocl' }) },
		expect: { file: /p\.md$/, field: 'type', expected: /a page kind: one of "protocol", "state-guide"/, found: /"protocl"/ },
	},
	{
		name: 'a wrong type',
		files: { 'docs/screening-tools/fix.md': page({ ...fixtures.screeningTool(), items: 'four' }) },
		expect: { file: /fix\.md$/, field: 'items', expected: /a number/, found: /"four"/ },
	},
	{
		name: 'an unknown vocabulary value, with a suggestion',
		files: { 'docs/protocols/p.md': page({ ...protocol, settings: ['emergency-departmnet'] }) },
		expect: {
			file: /p\.md$/,
			field: 'settings[0]',
			expected: /one of/,
			found: /"emergency-departmnet"/,
			hint: /did you mean "emergency-department"/,
		},
	},
	{
		name: 'an unknown state code in a state guide',
		files: { 'docs/states/texas.md': page(fixtures.stateGuide('TXX')) },
		expect: {
			file: /states\/texas\.md$/,
			field: 'jurisdiction',
			expected: /one of "AL", "AK"/,
			found: /"TXX"/,
			hint: /did you mean "TX"/,
			lineOf: 'jurisdiction: TXX',
		},
	},
	{
		name: 'a date that is not a date',
		files: {
			'docs/coverage/c.md': page({ ...fixtures.coverage(), timeline: [{ date: '2026-13-01', change: 'x', source: 'fixture-source' }] }),
		},
		expect: { file: /c\.md$/, field: 'timeline[0].date', expected: /a real calendar date/, found: /"2026-13-01"/ },
	},
	{
		name: 'an unknown source key',
		files: { 'docs/protocols/p.md': page({ ...protocol, sources: ['fixture-sorce'] }) },
		expect: {
			file: /p\.md$/,
			field: 'sources[0]',
			expected: /bibliography/,
			found: /"fixture-sorce", which is not in the bibliography/,
			hint: /did you mean "fixture-source"/,
		},
	},
	{
		name: 'a reference to a missing page',
		files: { 'docs/protocols/p.md': page({ ...protocol, related: { protocols: ['no-such-protocol'] } }) },
		expect: {
			file: /p\.md$/,
			field: 'related.protocols[0]',
			expected: /content\/docs\/protocols\//,
			found: /"no-such-protocol", which does not exist/,
		},
	},
	{
		name: 'a duplicate jurisdiction',
		files: { 'docs/states/texas-2.md': page(fixtures.stateGuide('TX')) },
		expect: { file: /texas-2\.md$/, field: 'jurisdiction', expected: /one guide per jurisdiction/, found: /a second guide for TX/ },
	},
	{
		name: 'a state guide whose file name does not match its jurisdiction',
		files: { 'docs/states/texas.md': page(fixtures.stateGuide('NM')) },
		expect: { file: /texas\.md$/, field: 'jurisdiction', expected: /states\/new-mexico\.md/, found: /jurisdiction NM/ },
	},
	{
		name: 'a translation whose source does not exist',
		files: {
			'docs/es/guides/g.md': page({
				...fixtures.guide(),
				translation: { source: 'guides/g', sourceHash: 'abcdef123456', translatedOn: '2026-11-29' },
			}),
		},
		expect: {
			file: /es\/guides\/g\.md$/,
			field: 'translation.source',
			expected: /existing English page/,
			found: /"guides\/g", which does not exist/,
		},
	},
	{
		name: 'a duplicate page address',
		files: { 'docs/guides/g.md': page(fixtures.guide()), 'docs/guides/g.mdx': page(fixtures.guide()) },
		expect: { file: /g\.mdx?$/, field: '', expected: /one file per page address/, found: /the same address/ },
	},
	{
		name: 'a citation in the text that is not in `sources`',
		files: {
			'docs/guides/g.mdx': page(
				{ ...fixtures.guide(), sources: [] },
				'import Ref from \'~/components/Ref.astro\';\n\nA claim.<Ref id="fixture-source" />\n',
			),
		},
		expect: {
			file: /g\.mdx$/,
			field: '<Ref id>',
			expected: /listed in the page's `sources`/,
			found: /cited in the text but not in `sources`/,
			hint: /add "fixture-source" to `sources`/,
			lineOf: '<Ref id=',
		},
	},
	{
		name: 'an unknown field, with a suggestion',
		files: { 'docs/guides/g.md': page({ ...fixtures.guide(), topcis: ['coverage'] }) },
		expect: {
			file: /g\.md$/,
			field: 'topcis',
			expected: /only the fields/,
			found: /unknown field "topcis"/,
			hint: /did you mean "topics"/,
		},
	},
	{
		name: "a page of one kind in another kind's folder",
		files: { 'docs/protocols/g.md': page(fixtures.guide()) },
		expect: {
			file: /protocols\/g\.md$/,
			field: 'type',
			expected: /"guide" page to live in content\/docs\/guides\//,
			found: /content\/docs\/protocols\//,
		},
	},
	{
		name: 'broken YAML',
		files: { 'docs/guides/g.md': '---\ntitle: "unclosed\ntype: guide\n---\n' },
		expect: { file: /g\.md$/, field: '', expected: /valid YAML/, found: /./, hint: /indentation, colons and quotes/ },
	},
];

describe('content problems are reported with file, field, expected, found and a hint', () => {
	it('reports nothing for valid content', () => {
		expect(problemsOf({ 'docs/protocols/p.md': page(protocol) })).toEqual([]);
	});

	for (const c of cases) {
		it(`reports ${c.name}`, () => {
			const problems = problemsOf(c.files);
			const match = problems.find((p) => c.expect.file.test(p.file) && p.field === c.expect.field && c.expect.expected.test(p.expected));
			expect(match, `no problem for field "${c.expect.field}" among:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
			expect(match!.expected).toMatch(c.expect.expected);
			expect(match!.found).toMatch(c.expect.found);
			if (c.expect.hint) expect(match!.hint).toMatch(c.expect.hint);
			expect(match!.line).toBeGreaterThan(0);
			if (c.expect.lineOf) {
				const text = Object.values(c.files)[0]!;
				expect(match!.line).toBe(text.split('\n').findIndex((l) => l.includes(c.expect.lineOf!)) + 1);
			}
		});
	}

	it('reports every problem at once, not just the first', () => {
		const problems = problemsOf({
			'docs/protocols/p.md': page({ ...protocol, sources: ['nope'] }),
			'docs/guides/g.md': page({ ...fixtures.guide(), audience: ['everyone'] }),
			'docs/states/texas-2.md': page(fixtures.stateGuide('TX')),
		});
		expect(new Set(problems.map((p) => p.file.split('/').pop()))).toEqual(new Set(['p.md', 'g.md', 'texas-2.md']));
	});

	it('reports one mistake once, not again on every page that links to the page it is in', () => {
		const problems = problemsOf({
			'docs/states/texas.md': page({ ...fixtures.stateGuide(), audience: ['everyone'] }),
			'docs/protocols/p.md': page({ ...protocol, settings: ['emergency-departmnet'] }),
			'docs/protocols/q.md': page({ ...protocol, related: { protocols: ['p'], states: ['TX'] } }),
			'docs/es/protocols/p.md': page({
				...protocol,
				translation: { source: 'protocols/p', sourceHash: 'abcdef123456', translatedOn: '2026-11-29' },
			}),
		});
		expect(problems.map((p) => `${p.file.split('/').slice(-2).join('/')} ${p.field}`).sort()).toEqual([
			'protocols/p.md settings[0]',
			'states/texas.md audience[0]',
		]);
	});

	it('checks bibliography entries too', () => {
		const root = contentFolder({}, [
			{ ...fixtures.bibliographyEntry(), url: null, doi: null },
			...defaultBibliography(),
			fixtures.bibliographyEntry(),
		]);
		const problems = validateContent(root).problems;
		expect(problems.some((p) => p.field === '[0].url' && /URL or a DOI/.test(p.expected))).toBe(true);
		expect(problems.some((p) => p.field === 'id' && /already used/.test(p.found))).toBe(true);
	});
});

describe('the formatted message', () => {
	it('reads as file:line, field, expected, found, hint', () => {
		const text = formatProblem({
			file: 'content/docs/states/texas.md',
			line: 7,
			field: 'jurisdiction',
			expected: 'one of "AL", "AK"',
			found: '"TXX"',
			hint: 'did you mean "TX"?',
		});
		expect(text).toBe(
			[
				'✖ content/docs/states/texas.md:7  field "jurisdiction"',
				'    expected: one of "AL", "AK"',
				'    found:    "TXX"',
				'    hint:     did you mean "TX"?',
			].join('\n'),
		);
	});
});

describe('citations in text', () => {
	it('ignores <Ref> shown as code in inline code or code blocks', async () => {
		const { textCitations } = await import('../../../src/validation/cross-references.ts');
		const body = ['Cite with `<Ref id="the-id" />`.', '```mdx', '<Ref id="in-a-block" />', '```', 'A claim.<Ref id="real" />'].join('\n');
		expect(textCitations(body, 10)).toEqual([{ key: 'real', line: 14 }]);
	});
});
