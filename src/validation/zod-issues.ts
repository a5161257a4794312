/** Turn Zod's issues into problems that say what was expected, what was found, and how to fix it. */
import type { z } from 'astro/zod';
import { distance } from 'fastest-levenshtein';
import { type ContentProblem, describeValue } from './problem.ts';

type Issue = z.core.$ZodIssue;

/** Read the value at `path` inside `data`. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let current: unknown = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

/** Dotted field path: `facts.marketplace.asOf`, `recommendations[2].sources`. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** The closest allowed value to what was written, if it is close enough to be a likely typo. */
export function closest(found: unknown, allowed: readonly string[]): string | undefined {
	if (typeof found !== 'string' || found === '') return undefined;
	let best: string | undefined;
	let bestScore = Infinity;
	for (const candidate of allowed) {
		const score = distance(found.toLowerCase(), candidate.toLowerCase());
		if (score < bestScore) [best, bestScore] = [candidate, score];
	}
	return best !== undefined && bestScore <= Math.max(2, Math.floor(found.length / 3)) ? best : undefined;
}

function listValues(values: readonly unknown[]): string {
	const shown = values.map((v) => JSON.stringify(v));
	return values.length > 12 ? `one of ${shown.slice(0, 12).join(', ')}, … (${values.length} values)` : `one of ${shown.join(', ')}`;
}

const TYPE_WORDS: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of fields',
	date: 'a date',
	null: 'null',
};

/** Expected / found / hint for one Zod issue on `data`. */
export function describeIssue(issue: Issue, data: unknown): Pick<ContentProblem, 'field' | 'expected' | 'found' | 'hint'> {
	const found = 'input' in issue && issue.input !== undefined ? issue.input : valueAt(data, issue.path);
	const field = fieldPath(issue.path);
	const base = { field, found: describeValue(found) };
	switch (issue.code) {
		case 'invalid_type': {
			const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
			if (found === undefined)
				return { ...base, expected, hint: `add the field "${field}" (see the frontmatter reference at /contribute/frontmatter/)` };
			return { ...base, expected };
		}
		case 'invalid_value': {
			const allowed = issue.values.map(String);
			const guess = closest(found, allowed);
			if (issue.values.length === 1) return { ...base, expected: `exactly ${JSON.stringify(issue.values[0])}` };
			return {
				...base,
				expected: listValues(issue.values),
				hint: guess ? `did you mean "${guess}"?` : 'allowed values are listed in src/schemas/vocabulary.ts and at /contribute/frontmatter/',
			};
		}
		case 'invalid_union': {
			if (issue.discriminator === 'type' || field === 'type' || issue.path.at(-1) === 'type') {
				return {
					...base,
					field: field || 'type',
					expected: 'a page kind: one of "protocol", "state-guide", "screening-tool", "coverage", "guide", "handout", "page"',
					found: describeValue(valueAt(data, ['type'])),
				};
			}
			return { ...base, expected: 'one of the allowed shapes for this field' };
		}
		case 'too_small': {
			const min = Number(issue.minimum);
			const what =
				issue.origin === 'array'
					? `at least ${min} item${min === 1 ? '' : 's'}`
					: issue.origin === 'string'
						? `at least ${min} character${min === 1 ? '' : 's'}`
						: `a number of at least ${min}`;
			return { ...base, expected: issue.message.startsWith('Too small') ? what : issue.message };
		}
		case 'too_big': {
			const max = Number(issue.maximum);
			const what =
				issue.origin === 'array'
					? `at most ${max} items`
					: issue.origin === 'string'
						? `at most ${max} characters`
						: `a number of at most ${max}`;
			return { ...base, expected: issue.message.startsWith('Too big') ? what : issue.message };
		}
		case 'invalid_format':
			return { ...base, expected: issue.message.startsWith('Invalid') ? `text in ${issue.format} format` : issue.message };
		case 'unrecognized_keys': {
			const parent = valueAt(data, issue.path);
			const unknown = issue.keys.join('", "');
			return {
				field: issue.keys.length === 1 ? fieldPath([...issue.path, issue.keys[0]!]) : field,
				expected: 'only the fields this kind of page defines',
				found: `unknown field${issue.keys.length === 1 ? '' : 's'} "${unknown}"`,
				hint:
					parent && typeof parent === 'object'
						? 'check the spelling against the frontmatter reference at /contribute/frontmatter/, or remove the field'
						: undefined,
			};
		}
		default:
			return { ...base, expected: issue.message };
	}
}
