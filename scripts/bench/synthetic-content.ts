/**
 * Synthetic content of every kind for the build benchmark: N pages (51 of them state guides) with realistic
 * length and structure, valid against this site's schemas, written as plain Markdown so stock Starlight can
 * build the very same files.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { SECTIONS } from '../../src/lib/sections.ts';
import { JURISDICTIONS } from '../../src/schemas/vocabulary.ts';

const WORDS =
	'patient clinician care coverage safety screen interpreter privacy referral protocol survivor trauma informed consent confidential document follow up plan state program eligible federal medicaid children adolescent pregnant labor exposure injury infection vaccine dental mental health support advocate shelter hotline report assess respond listen explain options'.split(
		' ',
	);

/** Deterministic pseudo-random words, so every run builds the same content. */
function* wordStream(seed: number): Generator<string> {
	let x = seed || 1;
	for (;;) {
		x = (x * 1103515245 + 12345) & 0x7fffffff;
		yield WORDS[x % WORDS.length]!;
	}
}

function sentence(words: Generator<string>, n = 14): string {
	const parts = Array.from({ length: n }, () => words.next().value as string);
	return `${parts[0]!.charAt(0).toUpperCase()}${parts[0]!.slice(1)} ${parts.slice(1).join(' ')}.`;
}

function body(seed: number): string {
	const w = wordStream(seed);
	const para = () => Array.from({ length: 5 }, () => sentence(w)).join(' ');
	return [
		'## Steps',
		'',
		...Array.from({ length: 6 }, (_, i) => `${i + 1}. ${sentence(w, 12)}`),
		'',
		'## Background',
		'',
		para(),
		'',
		para(),
		'',
		'| Item | Detail |',
		'| --- | --- |',
		...Array.from({ length: 4 }, () => `| ${w.next().value} | ${sentence(w, 8)} |`),
		'',
		'## Red flags',
		'',
		...Array.from({ length: 5 }, () => `- ${sentence(w, 10)}`),
		'',
		'## What not to do',
		'',
		para(),
		'',
	].join('\n');
}

const common = (title: string, i: number) => ({
	title,
	description: `Synthetic benchmark page ${i} about ${title.toLowerCase()}, for measuring build time and output size.`,
	topics: ['identification'],
	audience: ['clinician'],
	sources: ['acog-2019-co-787'],
});

const KINDS = [
	{
		share: 0.35,
		folder: 'protocols',
		data: (t: string, i: number) => ({
			type: 'protocol',
			...common(t, i),
			settings: ['emergency-department'],
			populations: ['adults'],
			summary: ['Talk with the patient alone.', 'Offer an interpreter.', 'Follow the response protocol.'],
			recommendations: [
				{ text: 'Offer a private conversation.', strength: 'offer', evidence: 'expert-consensus', sources: ['acog-2019-co-787'] },
			],
		}),
	},
	{
		share: 0.15,
		folder: 'screening-tools',
		data: (t: string, i: number) => ({
			type: 'screening-tool',
			...common(t, i),
			topics: ['screening'],
			abbreviation: `T${i}`,
			fullName: t,
			developer: 'Synthetic',
			year: 2020,
			kind: 'screening',
			validation: 'validated',
			ageMin: 18,
			ageMax: null,
			populations: ['adults'],
			settings: ['emergency-department'],
			items: 4,
			minutes: { min: 2, max: 5 },
			studies: [
				{
					source: 'acog-2019-co-787',
					label: `Study ${i}`,
					design: 'cohort',
					setting: 'one ED',
					population: 'adults',
					n: 100,
					referenceStandard: 'interview',
					cutoff: '1',
					sensitivity: { value: 80 },
					specificity: { value: 70 },
				},
			],
			access: { cost: 'free', training: null, licence: null, url: null },
			languages: ['English'],
		}),
	},
	{
		share: 0.1,
		folder: 'coverage',
		data: (t: string, i: number) => ({ type: 'coverage', ...common(t, i), topics: ['coverage'], timeline: [] }),
	},
	{ share: 0.25, folder: 'guides', data: (t: string, i: number) => ({ type: 'guide', ...common(t, i) }) },
	{ share: 0.05, folder: 'handouts', data: (t: string, i: number) => ({ type: 'handout', ...common(t, i), audience: ['patient'] }) },
	{ share: 0.1, folder: 'about-pages', data: (t: string, i: number) => ({ type: 'page', ...common(t, i) }) },
];

function stateGuide(code: keyof typeof JURISDICTIONS, i: number) {
	const fact = (value: unknown) => ({ value, asOf: '2026-01', source: 'kff-medicaid-expansion-status' });
	return {
		type: 'state-guide',
		...common(JURISDICTIONS[code].name, i),
		topics: ['coverage'],
		jurisdiction: code,
		facts: {
			medicaidExpansion: { ...fact(true), effective: '2014-01-01' },
			marketplace: { ...fact('FFE'), planYear: 2026, url: 'https://www.healthcare.gov/' },
			ichiaChildren: fact(true),
			ichiaPregnant: fact(false),
			stateFundedChildren: fact(false),
			stateFundedAdults: fact(false),
			postpartum12Months: fact(true),
			crimeVictimCompensation: { value: null, asOf: '2026-11-29', source: null, note: 'Not yet verified.' },
			medicaidAgency: { value: null, asOf: '2026-11-29', source: null, note: 'Not yet verified.' },
		},
	};
}

const page = (data: unknown, text: string) => `---\n${stringify(data)}---\n\n${text}`;

/** Write N synthetic pages (plus section index pages and the site's data files) under `root`. */
export function writeSyntheticContent(root: string, pages: number): { pages: number } {
	const docs = join(root, 'docs');
	mkdirSync(docs, { recursive: true });
	for (const part of ['i18n', 'data']) cpSync(join('content', part), join(root, part), { recursive: true });
	// Reviews name pages of the real site, which synthetic content does not have.
	rmSync(join(root, 'data', 'reviews'), { recursive: true, force: true });
	let written = 0;
	const write = (path: string, text: string) => {
		mkdirSync(join(docs, path, '..'), { recursive: true });
		writeFileSync(join(docs, path), text);
		written++;
	};
	write('index.md', page({ type: 'page', ...common('Home', 0) }, body(0)));
	for (const section of SECTIONS)
		write(`${section.dir}/index.md`, page({ type: 'page', ...common(section.label, written) }, body(written)));
	write('protocols/responding-to-disclosure.md', page(KINDS[0]!.data('Responding to a disclosure', written), body(written)));
	const states = Object.keys(JURISDICTIONS).filter(
		(c) => JURISDICTIONS[c as keyof typeof JURISDICTIONS].kind !== 'territory',
	) as (keyof typeof JURISDICTIONS)[];
	for (const code of states) write(`states/${JURISDICTIONS[code].slug}.md`, page(stateGuide(code, written), body(written)));
	// Every state guide links to the coverage navigator with its state filled in, and to the coverage rules page
	// for each rule's sources: the real pages, as the site has them.
	for (const file of ['navigator.mdx', 'rules.mdx']) cpSync(join('content/docs/coverage', file), join(docs, 'coverage', file));
	written += 2;
	const rest = Math.max(0, pages - written);
	let i = 0;
	for (const kind of KINDS) {
		const count = kind === KINDS.at(-1) ? rest - i : Math.round(rest * kind.share);
		for (let k = 0; k < count; k++, i++)
			write(`${kind.folder}/page-${i}.md`, page(kind.data(`Synthetic ${kind.folder} page ${i}`, i), body(i + 1)));
	}
	return { pages: written };
}
