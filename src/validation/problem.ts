/** A content mistake, described so that a contributor who is not a developer can fix it. */
export interface ContentProblem {
	/** Path of the file, relative to the repository root. */
	file: string;
	/** 1-based line of the field in the file, when known. */
	line?: number;
	/** Dotted path of the field, e.g. `facts.marketplace.asOf`; empty for whole-file problems. */
	field: string;
	/** What the field should hold. */
	expected: string;
	/** What it holds now. */
	found: string;
	/** How to fix it, when there is something more useful to say than `expected`. */
	hint?: string;
}

/** Render one problem as a few readable lines. */
export function formatProblem(p: ContentProblem): string {
	const where = `${p.file}${p.line ? `:${p.line}` : ''}`;
	const lines = [`✖ ${where}${p.field ? `  field "${p.field}"` : ''}`, `    expected: ${p.expected}`, `    found:    ${p.found}`];
	if (p.hint) lines.push(`    hint:     ${p.hint}`);
	return lines.join('\n');
}

/** Render every problem, with a count, sorted by file and line. */
export function formatReport(problems: readonly ContentProblem[]): string {
	const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
	const files = new Set(sorted.map((p) => p.file)).size;
	const head = `${sorted.length} content problem${sorted.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}:`;
	return [head, '', ...sorted.map(formatProblem)].join('\n');
}

/** Show a value the way a contributor wrote it. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing (the field is missing)';
	if (value === null) return 'null';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'string') return value === '' ? 'an empty text' : JSON.stringify(value);
	if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list: ${truncate(JSON.stringify(value))}`;
	if (typeof value === 'object') return `a group of fields: ${truncate(JSON.stringify(value))}`;
	return String(value);
}

function truncate(text: string, max = 80): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** GitHub's workflow-command escaping: data loses %, CR and LF; properties also colons and commas. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * One problem as a GitHub Actions annotation (`::error file=…,line=…,title=…::…`), so a pull request shows it on
 * the line of the changed file. `file` must be relative to the repository root.
 */
export function formatAnnotation(p: ContentProblem): string {
	const props = [
		`file=${escapeProperty(p.file)}`,
		...(p.line ? [`line=${p.line}`] : []),
		`title=${escapeProperty(p.field ? `Field "${p.field}"` : 'Content problem')}`,
	];
	const message = [`Expected ${p.expected}; found ${p.found}.`, ...(p.hint ? [`Hint: ${p.hint}.`] : [])].join('\n');
	return `::error ${props.join(',')}::${escapeData(message)}`;
}
