/**
 * Checks that need the whole content set: citations resolve, related links point at pages of the right
 * kind, one guide per jurisdiction, file names match what the page is, translations have a source.
 */
import { citationsOf } from '../lib/citations.ts';
import { splitLocale } from '../lib/locales.ts';
import type { BibliographyEntry } from '../schemas/bibliography.ts';
import type { DocsFrontmatter } from '../schemas/docs.ts';
import { RELATED_FOLDERS, type Related } from '../schemas/related.ts';
import { JURISDICTIONS, type JurisdictionCode, KIND_FOLDERS } from '../schemas/vocabulary.ts';
import { type ContentProblem, describeValue } from './problem.ts';
import { closest, fieldPath } from './zod-issues.ts';

/** A page that passed its schema, with where it came from. */
export interface ValidPage {
	id: string;
	relPath: string;
	display: string;
	data: DocsFrontmatter;
	/** Markdown/MDX after the frontmatter, and the line it starts on. */
	body: string;
	bodyLine: number;
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

export interface ValidBibliography {
	entries: BibliographyEntry[];
	/** For each entry, the file it came from and how to find a line in it. */
	origins: { display: string; lineOf: (path: readonly PropertyKey[]) => number | undefined }[];
}

/** `<Ref id="key" />` citations in a page's text, with their lines (not those shown as code examples). */
export function textCitations(body: string, firstLine: number): { key: string; line: number }[] {
	const out: { key: string; line: number }[] = [];
	let inFence = false;
	body.split('\n').forEach((text, i) => {
		if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
		if (inFence) return;
		for (const match of text.replace(/`[^`]*`/g, '').matchAll(/<Ref\s+id=["']([^"']*)["']/g))
			out.push({ key: match[1]!, line: firstLine + i });
	});
	return out;
}

/**
 * `pageFileIds` holds every page file, valid or not: a link to a page that has problems of its own exists, and
 * reporting it too would bury one mistake under a dozen.
 */
export function checkCrossReferences(
	pages: readonly ValidPage[],
	bibliography: ValidBibliography | undefined,
	pageFileIds: ReadonlySet<string>,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const bibKeys = bibliography?.entries.map((e) => e.id) ?? [];
	const known = new Set(bibKeys);
	const byId = new Map<string, ValidPage>();

	if (bibliography) {
		const seen = new Map<string, number>();
		bibliography.entries.forEach((entry, i) => {
			const origin = bibliography.origins[i]!;
			const first = seen.get(entry.id);
			if (first !== undefined)
				problems.push({
					file: origin.display,
					line: origin.lineOf([i, 'id']),
					field: 'id',
					expected: 'a key used by only one bibliography entry',
					found: `"${entry.id}", already used in ${bibliography.origins[first]!.display}`,
					hint: 'merge the two entries or rename one key',
				});
			else seen.set(entry.id, i);
		});
	}

	for (const page of pages) {
		const at = (path: (string | number)[]) => ({ file: page.display, line: page.lineOf(path) });
		const [locale, rest] = splitLocale(page.id);

		// File names become URLs: keep them plain.
		if (!/^[a-z0-9/-]+\.(md|mdx)$/.test(page.relPath))
			problems.push({
				file: page.display,
				line: 1,
				field: '',
				expected: 'a file name of lowercase letters, digits and hyphens, e.g. "emergency-department.mdx"',
				found: `"${page.relPath}"`,
				hint: 'rename the file: its name becomes the page address',
			});

		const other = byId.get(page.id);
		if (other)
			problems.push({
				file: page.display,
				line: 1,
				field: '',
				expected: 'one file per page address',
				found: `the same address (/${page.id}/) as ${other.display}`,
				hint: 'rename or remove one of the two files',
			});
		else byId.set(page.id, page);

		// Each kind lives in its own folder, so its URL says what it is.
		const folder = KIND_FOLDERS[page.data.type];
		const topFolder = rest.split('/')[0];
		if (folder && topFolder !== folder)
			problems.push({
				...at(['type']),
				field: 'type',
				expected: `a "${page.data.type}" page to live in content/docs/${locale ? `${locale}/` : ''}${folder}/`,
				found: `a file in ${page.relPath.includes('/') ? `content/docs/${page.relPath.split('/').slice(0, -1).join('/')}/` : 'content/docs/'}`,
				hint: `move the file to content/docs/${locale ? `${locale}/` : ''}${folder}/, or change "type"`,
			});
		for (const [kind, kindFolder] of Object.entries(KIND_FOLDERS))
			if (kindFolder && topFolder === kindFolder && page.data.type !== kind && rest !== kindFolder)
				problems.push({
					...at(['type']),
					field: 'type',
					expected: `"${kind}" for a page in content/docs/${kindFolder}/`,
					found: describeValue(page.data.type),
					hint: `set "type: ${kind}", or move the file`,
				});

		// Citations in the text resolve, and are listed in `sources` so they join the reference list.
		const cited = new Set(citationsOf(page.data).map((c) => c.key));
		for (const { key, line } of textCitations(page.body, page.bodyLine)) {
			if (bibliography && !known.has(key)) {
				const guess = closest(key, bibKeys);
				problems.push({
					file: page.display,
					line,
					field: '<Ref id>',
					expected: 'a key of an entry in content/data/bibliography/',
					found: `"${key}", which is not in the bibliography`,
					hint: guess ? `did you mean "${guess}"?` : 'add the source to the bibliography, or correct the key',
				});
			} else if (!cited.has(key))
				problems.push({
					file: page.display,
					line,
					field: '<Ref id>',
					expected: "a source that is also listed in the page's `sources`",
					found: `"${key}", cited in the text but not in \`sources\``,
					hint: `add "${key}" to \`sources\` in the frontmatter`,
				});
		}

		// Citations in the frontmatter resolve.
		if (bibliography)
			for (const { key, path } of citationsOf(page.data))
				if (!known.has(key)) {
					const guess = closest(key, bibKeys);
					problems.push({
						...at(path),
						field: fieldPath(path),
						expected: 'a key of an entry in content/data/bibliography/',
						found: path.length
							? `"${key}", which is not in the bibliography`
							: `"${key}", cited by the text every ${page.data.type} page generates from its data, missing from the bibliography`,
						hint: guess
							? `did you mean "${guess}"? Otherwise add the source to the bibliography`
							: 'add the source to a file in content/data/bibliography/, or correct the key',
					});
				}
	}

	// State guides: file name matches the jurisdiction; one guide per jurisdiction per language.
	// When a jurisdiction has two guides, the one at the expected address is the guide and the other is reported.
	const guides = new Map<string, ValidPage>();
	const stateGuides = pages.filter((p) => p.data.type === 'state-guide');
	const expectedIdOf = (page: ValidPage) => `states/${JURISDICTIONS[(page.data as { jurisdiction: JurisdictionCode }).jurisdiction].slug}`;
	const isWellPlaced = (page: ValidPage) => splitLocale(page.id)[1] === expectedIdOf(page);
	for (const page of [...stateGuides.filter(isWellPlaced), ...stateGuides.filter((p) => !isWellPlaced(p))]) {
		if (page.data.type !== 'state-guide') continue;
		const [locale] = splitLocale(page.id);
		const code = page.data.jurisdiction;
		const key = `${locale ?? 'en'}:${code}`;
		const first = guides.get(key);
		if (first) {
			problems.push({
				file: page.display,
				line: page.lineOf(['jurisdiction']),
				field: 'jurisdiction',
				expected: `one guide per jurisdiction; ${code} already has ${first.display}`,
				found: `a second guide for ${code}`,
				hint: 'merge the two guides into one file',
			});
			continue;
		}
		guides.set(key, page);
		if (!isWellPlaced(page))
			problems.push({
				file: page.display,
				line: page.lineOf(['jurisdiction']),
				field: 'jurisdiction',
				expected: `the guide for ${code} to be the file content/docs/${locale ? `${locale}/` : ''}${expectedIdOf(page)}.md`,
				found: `jurisdiction ${code} in ${page.display}`,
				hint: `rename the file to ${JURISDICTIONS[code].slug}.md, or correct "jurisdiction"`,
			});
	}

	// Related links point at existing pages of the right kind.
	for (const page of pages) {
		const [locale] = splitLocale(page.id);
		const related = (page.data as { related?: Related }).related;
		if (!related) continue;
		for (const [field, folder] of Object.entries(RELATED_FOLDERS) as [keyof typeof RELATED_FOLDERS, string][]) {
			related[field].forEach((name, i) => {
				if (!pageFileIds.has(`${folder}/${name}`)) {
					const candidates = [...byId.keys()].filter((id) => id.startsWith(`${folder}/`)).map((id) => id.slice(folder.length + 1));
					const guess = closest(name, candidates);
					problems.push({
						file: page.display,
						line: page.lineOf(['related', field, i]),
						field: `related.${field}[${i}]`,
						expected: `the file name of a page in content/docs/${folder}/`,
						found: `"${name}", which does not exist`,
						hint: guess ? `did you mean "${guess}"?` : `existing pages: ${candidates.slice(0, 8).join(', ') || 'none yet'}`,
					});
				}
			});
		}
		related.states.forEach((code, i) => {
			if (!guides.has(`en:${code}`) && !pageFileIds.has(`states/${JURISDICTIONS[code].slug}`))
				problems.push({
					file: page.display,
					line: page.lineOf(['related', 'states', i]),
					field: `related.states[${i}]`,
					expected: 'the code of a jurisdiction that has a guide in content/docs/states/',
					found: `"${code}", which has no guide yet`,
					hint: locale ? undefined : 'add the state guide first, or remove the link',
				});
		});
	}

	// Translations name an English page that exists, and mirror its path.
	for (const page of pages) {
		const translation = page.data.translation;
		const [locale, rest] = splitLocale(page.id);
		if (!translation) continue;
		if (!locale)
			problems.push({
				file: page.display,
				line: page.lineOf(['translation']),
				field: 'translation',
				expected: 'translation details only on pages under content/docs/es/',
				found: 'translation details on an English page',
				hint: 'remove the "translation" block, or move the file under content/docs/es/',
			});
		const source = byId.get(translation.source);
		if (!source && pageFileIds.has(translation.source)) continue; // The source has problems of its own.
		if (!source)
			problems.push({
				file: page.display,
				line: page.lineOf(['translation', 'source']),
				field: 'translation.source',
				expected: 'the id of an existing English page (its path under content/docs/ without extension)',
				found: `"${translation.source}", which does not exist`,
				hint: closest(translation.source, [...byId.keys()])
					? `did you mean "${closest(translation.source, [...byId.keys()])}"?`
					: undefined,
			});
		else if (rest !== translation.source)
			problems.push({
				file: page.display,
				line: page.lineOf(['translation', 'source']),
				field: 'translation.source',
				expected: `the translation to sit at content/docs/${locale}/${translation.source} (the same path as its source)`,
				found: `a translation at content/docs/${page.relPath}`,
				hint: 'move the file so its path under es/ matches the English page',
			});
		else if (source.data.type !== page.data.type)
			problems.push({
				file: page.display,
				line: page.lineOf(['type']),
				field: 'type',
				expected: `"${source.data.type}", the kind of its English source`,
				found: describeValue(page.data.type),
			});
	}
	for (const page of pages) {
		const [locale] = splitLocale(page.id);
		if (locale && !page.data.translation)
			problems.push({
				file: page.display,
				line: 1,
				field: 'translation',
				expected: 'a "translation" block naming the English source page and its hash',
				found: 'nothing (the field is missing)',
				hint: 'run `npm run translations` to see the source hash to record',
			});
	}

	return problems;
}
