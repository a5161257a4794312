/**
 * The frontmatter reference, generated from the schemas themselves (via JSON Schema), so it cannot drift:
 * one row per field with its type, whether it is required, its allowed values and its description.
 */
import { z } from 'astro/zod';

interface JsonSchema {
	type?: string | string[];
	description?: string;
	enum?: unknown[];
	const?: unknown;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	anyOf?: JsonSchema[];
	default?: unknown;
	minItems?: number;
	pattern?: string;
	format?: string;
}

export interface FieldRow {
	/** Dotted path; list items are written `[]`, e.g. `recommendations[].strength`. */
	path: string;
	type: string;
	required: boolean;
	defaultValue?: string;
	allowed?: string[];
	description: string;
}

function typeOf(s: JsonSchema): string {
	if (s.const !== undefined) return 'text';
	if (s.anyOf) {
		const kinds = s.anyOf.filter((a) => a.type !== 'null').map(typeOf);
		const nullable = s.anyOf.some((a) => a.type === 'null');
		return `${[...new Set(kinds)].join(' or ')}${nullable ? ', or null' : ''}`;
	}
	if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'values'}`;
	if (s.type === 'object') return 'group of fields';
	if (s.type === 'string') return s.format === 'uri' ? 'URL' : 'text';
	if (s.type === 'integer') return 'whole number';
	if (s.type === 'number') return 'number';
	if (s.type === 'boolean') return 'true or false';
	if (Array.isArray(s.type)) return s.type.join(' or ');
	return 'text';
}

function allowedOf(s: JsonSchema): string[] | undefined {
	if (s.const !== undefined) return [String(s.const)];
	if (s.enum) return s.enum.map(String);
	if (s.items) return allowedOf(s.items);
	if (s.anyOf) return s.anyOf.map(allowedOf).find(Boolean);
	return undefined;
}

/** Properties of an object schema, looking through nullable unions. */
function objectOf(s: JsonSchema): JsonSchema | undefined {
	if (s.type === 'object' && s.properties) return s;
	if (s.type === 'array' && s.items) return objectOf(s.items);
	return s.anyOf?.map(objectOf).find(Boolean);
}

export function fieldRows(schema: z.ZodType): FieldRow[] {
	const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
	const rows: FieldRow[] = [];
	const walk = (s: JsonSchema, prefix: string) => {
		const object = objectOf(s);
		if (!object?.properties) return;
		for (const [name, field] of Object.entries(object.properties)) {
			const path = `${prefix}${name}`;
			const required = (object.required ?? []).includes(name) && field.default === undefined;
			rows.push({
				path,
				type: typeOf(field),
				required,
				defaultValue: field.default !== undefined ? JSON.stringify(field.default) : undefined,
				allowed: allowedOf(field),
				description: field.description ?? '',
			});
			const child = objectOf(field);
			if (child) walk(field, `${path}${field.type === 'array' || field.anyOf?.some((a) => a.type === 'array') ? '[]' : ''}.`);
		}
	};
	walk(json, '');
	return rows;
}

/** The value at a reference path in real data (first list item for `[]`), to show as an example. */
export function exampleAt(data: unknown, path: string): unknown {
	let current: unknown = data;
	for (const part of path.split('.')) {
		const list = part.endsWith('[]');
		const key = list ? part.slice(0, -2) : part;
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string, unknown>)[key];
		if (list) current = Array.isArray(current) ? current[0] : undefined;
	}
	return current;
}
