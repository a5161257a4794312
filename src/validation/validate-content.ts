/**
 * Validate all content against the same schemas the build uses, and report every problem at once.
 * Used by `npm run check:content` and, before content sync, by `astro build` (src/integrations/content-check.ts).
 */

import type { SchemaContext } from 'astro:content';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { yamlListFiles } from '../lib/yaml-list-loader.ts';
import { type BibliographyEntry, bibliographyEntrySchema } from '../schemas/bibliography.ts';
import { contactSchema } from '../schemas/contact.ts';
import { type DocsFrontmatter, docsFrontmatterSchema, PAGE_SCHEMAS } from '../schemas/docs.ts';
import { glossaryEntrySchema } from '../schemas/glossary.ts';
import { reviewerSchema } from '../schemas/reviewer.ts';
import { searchTermsSchema } from '../schemas/search-vocabulary.ts';
import { checkCrossReferences, type ValidBibliography, type ValidPage } from './cross-references.ts';
import { schemaProblems, syntaxProblem } from './file-problems.ts';
import type { ContentProblem } from './problem.ts';
import { checkReviews } from './reviews.ts';
import { lineOf, listPageFiles, readDataFile, readPageFile, type SourceFile } from './source-files.ts';
import { closest } from './zod-issues.ts';

/**
 * Starlight's schemas are functions of Astro's schema context (`SchemaContext`), which gives them the `image()`
 * helper for `hero.image`. Outside Astro there is no image pipeline; a string stands in for an image, which is
 * what a contributor writes there anyway.
 */
const schemaContext = { image: () => z.string() } as unknown as SchemaContext;

/** The docs schema exactly as the build sees it: ours merged into Starlight's. */
const fullDocsSchema = docsSchema({ extend: docsFrontmatterSchema })(schemaContext) as z.ZodType;

/** Frontmatter keys Starlight itself defines, read from its schema so a new Starlight field is known at once. */
const STARLIGHT_KEYS = Object.keys((docsSchema()(schemaContext) as z.ZodObject).shape);

export interface ValidationResult {
	problems: ContentProblem[];
	pages: ValidPage[];
	pageCount: number;
	bibliography: BibliographyEntry[];
}

/** Keys a page of this kind may have, for "did you mean" hints on unknown fields. */
function knownKeys(type: unknown): string[] {
	const schema = PAGE_SCHEMAS[type as keyof typeof PAGE_SCHEMAS];
	return schema ? [...Object.keys(schema.shape), ...STARLIGHT_KEYS] : STARLIGHT_KEYS;
}

/** Problems of a docs page's frontmatter, with "did you mean" hints for unknown fields of its kind. */
function pageProblems(file: SourceFile, data: unknown): ContentProblem[] {
	return schemaProblems(file, fullDocsSchema, data, [], knownKeys((data as { type?: unknown })?.type));
}

function readBibliography(dir: string, problems: ContentProblem[]): ValidBibliography | undefined {
	if (!existsSync(dir)) {
		problems.push({
			file: dir,
			field: '',
			expected: 'a folder of bibliography files',
			found: 'no folder',
			hint: 'create content/data/bibliography/ with at least one .yaml file',
		});
		return undefined;
	}
	const entries: BibliographyEntry[] = [];
	const origins: { display: string; lineOf: (p: readonly PropertyKey[]) => number | undefined }[] = [];
	for (const path of yamlListFiles(dir)) {
		const file = readDataFile(path);
		if (file.syntaxError) {
			problems.push(syntaxProblem(file));
			continue;
		}
		if (file.data == null) continue;
		if (!Array.isArray(file.data)) {
			problems.push({
				file: file.display,
				line: 1,
				field: '',
				expected: 'a list of entries, each starting with "- id:"',
				found: typeof file.data,
			});
			continue;
		}
		file.data.forEach((raw, i) => {
			const result = bibliographyEntrySchema.safeParse(raw, { reportInput: true });
			if (!result.success) {
				problems.push(...schemaProblems(file, bibliographyEntrySchema, raw, [i]).map(indexField(i)));
				return;
			}
			entries.push(result.data);
			origins.push({ display: file.display, lineOf: (p) => lineOf(file, [i, ...p.slice(1)]) });
		});
	}
	return { entries, origins };
}

/** `[3].title` for the fourth entry of a list file. */
function indexField(i: number) {
	return (p: ContentProblem): ContentProblem => ({ ...p, field: `[${i}].${p.field.replace(/^\[\d+\]\.?/, '')}` });
}

/** A data file holding a list of entries with an `id` and optional `sources` (glossary, contacts). */
function checkListFile<T extends { id: string }>(
	path: string,
	schema: z.ZodType<T>,
	what: string,
	bibKeys: Set<string>,
	problems: ContentProblem[],
): T[] {
	const valid: T[] = [];
	if (!existsSync(path)) return valid;
	const file = readDataFile(path);
	if (file.syntaxError) {
		problems.push(syntaxProblem(file));
		return valid;
	}
	if (!Array.isArray(file.data)) {
		problems.push({
			file: file.display,
			line: 1,
			field: '',
			expected: `a list of ${what}, each starting with "- id:"`,
			found: typeof file.data,
		});
		return valid;
	}
	const seen = new Set<string>();
	file.data.forEach((raw, i) => {
		const result = schema.safeParse(raw, { reportInput: true });
		if (!result.success) {
			problems.push(...schemaProblems(file, schema, raw, [i]).map(indexField(i)));
			return;
		}
		const entry = result.data as T & { sources?: string[] };
		valid.push(entry);
		if (seen.has(entry.id))
			problems.push({
				file: file.display,
				line: lineOf(file, [i, 'id']),
				field: `[${i}].id`,
				expected: `a key used by only one of the ${what}`,
				found: `"${entry.id}", already used`,
			});
		seen.add(entry.id);
		(entry.sources ?? []).forEach((key, j) => {
			if (!bibKeys.has(key))
				problems.push({
					file: file.display,
					line: lineOf(file, [i, 'sources', j]),
					field: `[${i}].sources[${j}]`,
					expected: 'a key of an entry in content/data/bibliography/',
					found: `"${key}", which is not in the bibliography`,
					hint: closest(key, [...bibKeys]) ? `did you mean "${closest(key, [...bibKeys])}"?` : undefined,
				});
		});
	});
	return valid;
}

/** Validate everything under a content root (normally ./content). */
export function validateContent(contentRoot: string): ValidationResult {
	const problems: ContentProblem[] = [];
	const docsRoot = join(contentRoot, 'docs');
	const bibliography = readBibliography(join(contentRoot, 'data', 'bibliography'), problems);
	const bibKeys = new Set(bibliography?.entries.map((e) => e.id));
	checkListFile(join(contentRoot, 'data', 'glossary.yaml'), glossaryEntrySchema, 'glossary terms', bibKeys, problems);
	checkListFile(join(contentRoot, 'data', 'contacts.yaml'), contactSchema, 'contacts', bibKeys, problems);
	checkListFile(join(contentRoot, 'data', 'search-vocabulary.yaml'), searchTermsSchema, 'search vocabulary entries', bibKeys, problems);
	const reviewers = checkListFile(join(contentRoot, 'data', 'reviewers.yaml'), reviewerSchema, 'reviewers', bibKeys, problems);

	const files = existsSync(docsRoot) ? listPageFiles(docsRoot) : [];
	const pages: ValidPage[] = [];
	const ids = new Set<string>();
	for (const path of files) {
		const file = readPageFile(path, docsRoot);
		ids.add(file.id);
		if (file.syntaxError) {
			problems.push(syntaxProblem(file));
			continue;
		}
		const found = pageProblems(file, file.data);
		if (found.length > 0) {
			problems.push(...found);
			continue;
		}
		const data = fullDocsSchema.parse(file.data) as DocsFrontmatter;
		pages.push({
			id: file.id,
			relPath: file.relPath,
			display: file.display,
			data,
			body: file.body,
			bodyLine: file.bodyLine,
			lineOf: (p) => lineOf(file, p),
		});
	}
	problems.push(...checkCrossReferences(pages, bibliography, ids));
	problems.push(...checkReviews(join(contentRoot, 'data', 'reviews'), reviewers, ids));
	return { problems, pages, pageCount: files.length, bibliography: bibliography?.entries ?? [] };
}
