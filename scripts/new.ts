/**
 * `npm run new`: create a page from a template, with every required field, `review.status: draft` and TODO
 * markers. Asks for what it needs; flags skip the questions:
 *   npm run new -- --kind protocol --title "Burn care"
 *   npm run new -- --kind state-guide --state PR
 * Never overwrites an existing file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { KINDS, type Kind, newPagePath, newPageText } from '../src/authoring/templates.ts';
import { today } from '../src/lib/dates.ts';
import { CONTENT_ROOT } from '../src/lib/paths.ts';
import { JURISDICTION_CODES, JURISDICTIONS, type JurisdictionCode } from '../src/schemas/vocabulary.ts';

const { values } = parseArgs({ options: { kind: { type: 'string' }, title: { type: 'string' }, state: { type: 'string' } } });
const rl = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

async function ask(question: string, valid: (answer: string) => string | undefined, given?: string): Promise<string> {
	if (given !== undefined) {
		const error = valid(given);
		if (error) fail(error);
		return given;
	}
	if (!rl) fail(`${question} — pass it as a flag (see the top of scripts/new.ts).`);
	for (;;) {
		const answer = (await rl.question(`${question} `)).trim();
		const error = valid(answer);
		if (!error) return answer;
		console.log(`  ${error}`);
	}
}

function fail(message: string): never {
	console.error(`✖ ${message}`);
	process.exit(1);
}

const kind = (await ask(
	`Kind of page (${KINDS.join(', ')})?`,
	(a) => ((KINDS as readonly string[]).includes(a) ? undefined : `choose one of: ${KINDS.join(', ')}`),
	values.kind,
)) as Kind;
let state: JurisdictionCode | undefined;
let title: string;
if (kind === 'state-guide') {
	state = (
		await ask(
			'State, DC or territory postal code (e.g. PR)?',
			(a) => ((JURISDICTION_CODES as readonly string[]).includes(a.toUpperCase()) ? undefined : 'use a USPS code such as TX, DC or PR'),
			values.state,
		)
	).toUpperCase() as JurisdictionCode;
	title = JURISDICTIONS[state].name;
} else title = await ask('Title?', (a) => (a.length >= 3 ? undefined : 'give a title of at least 3 characters'), values.title);
rl?.close();

const input = { kind, title, state, today: today() };
const path = join(CONTENT_ROOT, 'docs', newPagePath(input));
if (existsSync(path)) fail(`${relative(process.cwd(), path)} already exists; edit it instead (nothing was overwritten).`);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, newPageText(input));
console.log(`✔ Created ${relative(process.cwd(), path)} as a draft.`);
console.log('  Next: replace every TODO, cite your sources, then run `npm run check:content`.');
