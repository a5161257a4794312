/** Valid frontmatter for each kind of page, and throwaway content folders, for tests of schemas and checks. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { RULE_SOURCES } from '../../src/rules/federal-rules.ts';

const review = { status: 'draft' };
const common = {
	description: 'A fixture page used by the tests of the content checks.',
	topics: ['coverage'],
	audience: ['clinician'],
	review,
	sources: ['fixture-source'],
};

export const fixtures = {
	protocol: () => ({
		type: 'protocol',
		title: 'Fixture protocol',
		...common,
		topics: ['identification'],
		settings: ['emergency-department'],
		populations: ['adults'],
		summary: ['Talk with the patient alone.', 'Offer an interpreter.'],
		recommendations: [
			{ text: 'Offer a private conversation.', strength: 'offer', evidence: 'expert-consensus', sources: ['fixture-source'] },
		],
		related: { protocols: [], tools: [], states: ['TX'] },
	}),
	stateGuide: (code = 'TX') => ({
		type: 'state-guide',
		title: 'Texas',
		...common,
		jurisdiction: code,
		facts: {
			medicaidExpansion: { value: false, asOf: '2025-12', source: 'fixture-source', effective: null },
			marketplace: { value: 'FFE', asOf: '2026-01-28', source: 'fixture-source', planYear: 2026, url: 'https://www.healthcare.gov/' },
			ichiaChildren: { value: true, asOf: '2026-04-02', source: 'fixture-source', grade: 'secondary' },
			ichiaPregnant: { value: false, asOf: '2026-04-02', source: 'fixture-source' },
			stateFundedChildren: { value: false, asOf: '2024-03', source: 'fixture-source' },
			stateFundedAdults: { value: false, asOf: '2024-03', source: 'fixture-source' },
			postpartum12Months: { value: true, asOf: '2026-03-19', source: 'fixture-source' },
			crimeVictimCompensation: { value: null, asOf: '2026-11-29', source: null, note: 'Not yet verified.' },
			medicaidAgency: {
				value: { name: 'Fixture Health Agency', url: 'https://example.gov/' },
				asOf: '2026-11-29',
				source: 'fixture-source',
			},
		},
	}),
	screeningTool: () => ({
		type: 'screening-tool',
		title: 'FIX tool',
		...common,
		topics: ['screening'],
		abbreviation: 'FIX',
		fullName: 'Fixture screening tool',
		developer: 'Tests',
		year: 2020,
		kind: 'screening',
		ageMin: 18,
		ageMax: 'none',
		populations: ['adults'],
		settings: ['emergency-department'],
		items: 4,
		minutes: { min: 2, max: 5 },
		studies: [
			{
				source: 'fixture-source',
				label: 'Fixture 2020',
				design: 'prospective',
				role: 'external-validation',
				sampling: 'prospective',
				setting: 'one ED',
				population: 'adults',
				n: 100,
				referenceStandard: 'interview',
				cutoff: '1 or more',
				sensitivity: { value: 90, ciLow: 80, ciHigh: 95 },
				specificity: null,
				figuresRead: 'abstract',
			},
		],
		access: { cost: 'free', training: null, licence: null, url: null },
		languages: ['English'],
	}),
	coverage: () => ({
		type: 'coverage',
		title: 'Fixture coverage',
		...common,
		timeline: [{ date: '2026-10-01', change: 'A fixture change.', source: 'fixture-source' }],
	}),
	guide: () => ({ type: 'guide', title: 'Fixture guide', ...common }),
	page: () => ({ type: 'page', title: 'Fixture page', ...common }),
	handout: () => ({ type: 'handout', title: 'Fixture handout', ...common, audience: ['patient'] }),
	bibliographyEntry: () => ({
		id: 'fixture-source',
		kind: 'webpage',
		organization: 'Fixture org',
		title: 'Fixture source',
		year: 2026,
		url: 'https://example.org/',
		accessed: '2026-11-29',
		checked: 'primary',
	}),
};

/** Markdown file text with the given frontmatter and body. */
export function page(frontmatter: unknown, body = 'Body text.\n'): string {
	return `---\n${stringify(frontmatter)}---\n\n${body}`;
}

/** A throwaway content folder: `files` maps paths under it (e.g. "docs/states/texas.md") to their text. */
/** The fixture source plus the sources every state guide's generated text cites. */
export function defaultBibliography() {
	return [fixtures.bibliographyEntry(), ...RULE_SOURCES.map((id) => ({ ...fixtures.bibliographyEntry(), id }))];
}

export function contentFolder(files: Record<string, string>, bibliography: unknown[] = defaultBibliography()): string {
	const root = mkdtempSync(join(tmpdir(), 'kb-content-'));
	const all = { 'data/bibliography/fixtures.yaml': stringify(bibliography), ...files };
	for (const [path, text] of Object.entries(all)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}
