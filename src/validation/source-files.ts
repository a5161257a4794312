/** Read content files with their YAML kept as documents, so problems can point at a line. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { slug } from 'github-slugger';
import { type Document, LineCounter, parseAllDocuments, parseDocument } from 'yaml';
import { loadYaml } from '../lib/yaml.ts';

export interface SourceFile {
	/** Absolute path. */
	path: string;
	/** Path relative to the working directory, for messages. */
	display: string;
	/** Parsed YAML (frontmatter for pages), or undefined if it could not be parsed. */
	data: unknown;
	/** Line of the first YAML line in the file (2 for frontmatter after `---`). */
	firstLine: number;
	/** The YAML as a document with source positions, parsed on first use (only problems need it). */
	positional?: () => Document;
	lineCounter: LineCounter;
	/** A YAML syntax error, if any: message and line. */
	syntaxError?: { message: string; line: number };
	/** Markdown body after the frontmatter (pages only). */
	body: string;
	/** 1-based line where the body starts. */
	bodyLine: number;
}

export interface PageFile extends SourceFile {
	/** Entry id as Astro's glob loader makes it: path under content/docs without extension, `index` → folder. */
	id: string;
	/** Path under content/docs, with extension. */
	relPath: string;
}

const PAGE_EXTENSIONS = /\.(md|mdx)$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function display(path: string): string {
	return relative(process.cwd(), path).split(sep).join('/');
}

/**
 * Parse YAML fast with js-yaml's core schema: dates stay text, so an impossible date such as 2026-13-01 is
 * reported (js-yaml's default schema, which Astro uses, would quietly turn it into 2027-01-01). The positional
 * document (for line numbers) is built only when a problem needs one, since almost every file is valid.
 */
function parseYaml(path: string, text: string, firstLine: number): Omit<SourceFile, 'body' | 'bodyLine'> {
	const lineCounter = new LineCounter();
	let doc: Document | undefined;
	const positional = () => (doc ??= parseDocument(text, { lineCounter, keepSourceTokens: false, prettyErrors: false }));
	const base = { path, display: display(path), firstLine, lineCounter, positional };
	try {
		return { ...base, data: loadYaml(text) };
	} catch {
		const err = positional().errors[0];
		const line = err ? lineCounter.linePos(err.pos[0]).line + firstLine - 1 : firstLine;
		return { ...base, data: undefined, syntaxError: { message: err?.message.split('\n')[0] ?? 'invalid YAML', line } };
	}
}

/** Walk content/docs (or another root) for pages, skipping `_partials`, as Starlight's loader does. */
export function listPageFiles(docsRoot: string): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (PAGE_EXTENSIONS.test(entry.name)) out.push(full);
		}
	};
	walk(docsRoot);
	return out.sort();
}

/**
 * The id Astro's glob loader gives a file: a `slug` in its frontmatter, or else each path segment slugged as
 * github-slugger does (what Astro calls), without the extension and a final `/index`.
 */
export function entryIdFor(relPath: string, data?: unknown): string {
	const override = (data as { slug?: unknown } | undefined)?.slug;
	if (override) return String(override);
	return relPath
		.replace(PAGE_EXTENSIONS, '')
		.split(/[\\/]/)
		.map((segment) => slug(segment))
		.join('/')
		.replace(/\/index$/, '');
}

export function readPageFile(path: string, docsRoot: string): PageFile {
	const text = readFileSync(path, 'utf8');
	const relPath = relative(docsRoot, path).split(sep).join('/');
	const match = FRONTMATTER.exec(text);
	if (!match) {
		return {
			path,
			display: display(path),
			id: entryIdFor(relPath),
			relPath,
			data: undefined,
			firstLine: 1,
			lineCounter: new LineCounter(),
			syntaxError: { message: 'the file does not start with a frontmatter block between two "---" lines', line: 1 },
			body: text,
			bodyLine: 1,
		};
	}
	const parsed = parseYaml(path, match[1]!, 2);
	return {
		...parsed,
		id: entryIdFor(relPath, parsed.data),
		relPath,
		body: text.slice(match[0].length),
		bodyLine: match[0].split('\n').length,
	};
}

/** Read a YAML data file (a list of entries). */
export function readDataFile(path: string): SourceFile {
	const text = readFileSync(path, 'utf8');
	if (parseAllDocuments(text).length > 1) {
		return {
			path,
			display: display(path),
			data: undefined,
			firstLine: 1,
			lineCounter: new LineCounter(),
			syntaxError: { message: 'more than one YAML document ("---") in a data file', line: 1 },
			body: '',
			bodyLine: 1,
		};
	}
	return { ...parseYaml(path, text, 1), body: '', bodyLine: 1 };
}

/** 1-based line of the field at `path`, or of its nearest existing parent. */
export function lineOf(file: SourceFile, path: readonly PropertyKey[]): number | undefined {
	const doc = file.positional?.();
	if (!doc) return undefined;
	for (let depth = path.length; depth >= 0; depth--) {
		const node = doc.getIn(path.slice(0, depth) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
		if (node?.range) return file.lineCounter.linePos(node.range[0]).line + file.firstLine - 1;
	}
	return file.firstLine;
}
