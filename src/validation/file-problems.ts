/** Problems found in one YAML source (frontmatter or a data file), with the line each one is on. */
import type { z } from 'astro/zod';
import type { ContentProblem } from './problem.ts';
import { lineOf, type SourceFile } from './source-files.ts';
import { closest, describeIssue } from './zod-issues.ts';

export function syntaxProblem(file: SourceFile): ContentProblem {
	return {
		file: file.display,
		line: file.syntaxError!.line,
		field: '',
		expected: 'valid YAML',
		found: file.syntaxError!.message,
		hint: 'check indentation, colons and quotes around text that contains ":" or "#"',
	};
}

/**
 * Every schema problem of `data` (found at `prefix` within the file). `knownKeys` are the top-level keys allowed,
 * for a "did you mean" hint on an unknown one.
 */
export function schemaProblems(
	file: SourceFile,
	schema: z.ZodType,
	data: unknown,
	prefix: (string | number)[] = [],
	knownKeys: readonly string[] = [],
): ContentProblem[] {
	const result = schema.safeParse(data, { reportInput: true });
	if (result.success) return [];
	return result.error.issues.map((issue) => {
		const path = [...prefix, ...issue.path] as (string | number)[];
		const described = describeIssue({ ...issue, path } as never, prefix.length ? { [prefix[0]!]: data } : data);
		if (issue.code === 'unrecognized_keys' && issue.path.length === 0 && issue.keys.length === 1 && prefix.length === 0) {
			const guess = closest(issue.keys[0], knownKeys);
			if (guess) described.hint = `did you mean "${guess}"?`;
		}
		const fieldPathForLine = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...path, issue.keys[0]!] : path;
		return { file: file.display, line: lineOf(file, fieldPathForLine), ...described };
	});
}
