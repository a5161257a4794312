/**
 * Templates for `npm run new`: every required field, and TODO markers where the
 * contributor must write or cite something. A scaffolded file passes the schema; the TODOs are for people.
 */
import { stringify } from 'yaml';
import { JURISDICTIONS, type JurisdictionCode, KIND_FOLDERS, PAGE_KIND_CODES, type PageKind } from '../schemas/vocabulary.ts';

export const KINDS = PAGE_KIND_CODES;
export type Kind = PageKind;

export interface NewPageInput {
	kind: Kind;
	title: string;
	/** Required for state guides. */
	state?: JurisdictionCode;
	/** Day the file is created (YYYY-MM-DD), used for "as of" placeholders of unknown facts. */
	today: string;
}

/** lowercase-hyphenated file name from a title. */
export function slugify(title: string): string {
	return title
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Path under content/docs/ for a new page. */
export function newPagePath(input: NewPageInput): string {
	const name = input.kind === 'state-guide' ? JURISDICTIONS[input.state!].slug : slugify(input.title);
	const folder = KIND_FOLDERS[input.kind];
	return `${folder ? `${folder}/` : ''}${name}.${input.kind === 'state-guide' ? 'md' : 'mdx'}`;
}

const TODO = 'TODO';
const unknownFact = (today: string, where: string) => ({
	value: null,
	asOf: today,
	source: null,
	note: `${TODO}: not yet verified. ${where}`,
});

function frontmatter(input: NewPageInput): Record<string, unknown> {
	const common = {
		type: input.kind,
		title: input.title,
		description: `${TODO}: one or two plain sentences on what this page helps with (20–300 characters).`,
		topics: [input.kind === 'state-guide' || input.kind === 'coverage' ? 'coverage' : 'identification'],
		audience: [input.kind === 'handout' ? 'patient' : 'clinician'],
		sources: [],
		keywords: [],
	};
	switch (input.kind) {
		case 'protocol':
			return {
				...common,
				settings: ['any-setting'],
				populations: ['all-patients'],
				summary: [`${TODO}: the first thing to do now.`, `${TODO}: the second thing to do now.`],
				recommendations: [],
				related: { protocols: [], tools: [], states: [] },
			};
		case 'state-guide': {
			const where = 'Check the state agency and cite the source.';
			return {
				...common,
				title: JURISDICTIONS[input.state!].name,
				description: `Health coverage options for survivors of human trafficking in ${JURISDICTIONS[input.state!].name}: Medicaid, CHIP, the Marketplace, state programs and crime victim compensation.`,
				topics: ['coverage', 'medicaid', 'marketplace', 'immigration'],
				jurisdiction: input.state,
				facts: {
					medicaidExpansion: { ...unknownFact(input.today, where), effective: null },
					marketplace: { ...unknownFact(input.today, where), planYear: Number(input.today.slice(0, 4)), url: null },
					ichiaChildren: unknownFact(input.today, 'Check the CMS list of states covering lawfully residing children.'),
					ichiaPregnant: unknownFact(input.today, 'Check the CMS list of states covering lawfully residing pregnant people.'),
					stateFundedChildren: unknownFact(input.today, where),
					stateFundedAdults: unknownFact(input.today, where),
					postpartum12Months: unknownFact(input.today, 'Check the KFF postpartum coverage tracker.'),
					crimeVictimCompensation: unknownFact(input.today, 'Find the program in the NACVCB program directory.'),
					medicaidAgency: unknownFact(input.today, "Find the agency through Medicaid.gov's state profiles."),
				},
			};
		}
		case 'screening-tool':
			return {
				...common,
				topics: ['screening'],
				abbreviation: input.title.split(/\s+/)[0],
				fullName: input.title,
				developer: `${TODO}: who developed it`,
				year: null,
				kind: 'screening',
				ageMin: null,
				ageMax: null,
				populations: ['all-patients'],
				settings: ['any-setting'],
				items: null,
				minutes: null,
				studies: [],
				access: { cost: 'unknown', training: null, licence: null, url: null },
				languages: [`${TODO}: English?`],
				related: {},
			};
		case 'coverage':
			return { ...common, timeline: [], related: {} };
		case 'guide':
			return { ...common, settings: [], related: {} };
		case 'handout':
			return { ...common, topics: ['uninsured-care'], maxGrade: 8 };
		case 'page':
			return common;
	}
}

const BODIES: Record<Kind, string> = {
	protocol: `{/* ${TODO}: cite each claim with the Ref component and a bibliography key listed in \`sources\` (see /contribute/writing/). */}

## Steps

1. ${TODO}: a concrete step, with its source.

## Red flags

- ${TODO}

## What not to do

- ${TODO}
`,
	'state-guide': `<!--
  The facts above are data: the page shows them in a table and explains them in generated text.
  ${TODO}: add guidance specific to this state below, in your own words, citing sources listed in \`sources\`.
-->
`,
	'screening-tool': `## What it is and is not

${TODO}: describe the tool in your own words. Do not copy its questions.

## Who it is for

## How to use it in a trauma-informed way

## Limits

## Access, licence and training

## After a positive screen

Follow the [response protocol](/protocols/responding-to-disclosure/).
`,
	coverage: `${TODO}: explain the rule, cite the statute or agency guidance, and label your own analysis as analysis.

## Whom to confirm with

${TODO}
`,
	guide: `${TODO}: write the guide. Cite every fact with the Ref component and list its key in \`sources\` (see /contribute/writing/).
`,
	handout: `${TODO}: short sentences, common words, about a 6th-grade reading level. Run \`npm run readability\`.

## If you are in danger now

Call 911.
`,
	page: `${TODO}: write the page.
`,
};

const RECOMMENDATION_EXAMPLE = `# ${TODO}: add recommendations (at least one), each with its strength, kind of evidence and sources, e.g.
#   - text: Offer to talk with the patient alone.
#     strength: offer            # offer | consider | do-not
#     evidence: guideline        # validated-study | guideline | expert-consensus
#     sources: [acog-2019-co-787]
`;

/** The text of a new page file. */
export function newPageText(input: NewPageInput): string {
	let yaml = stringify(frontmatter(input), { lineWidth: 0 });
	if (input.kind === 'protocol') yaml = yaml.replace('recommendations: []\n', `recommendations: []\n${RECOMMENDATION_EXAMPLE}`);
	const needsImport = input.kind !== 'state-guide' && input.kind !== 'page';
	return `---\n${yaml}---\n\n${needsImport ? "import Ref from '~/components/Ref.astro';\n\n" : ''}${BODIES[input.kind]}`;
}
