/** The frontmatter reference is generated from the schemas: every field, its type, whether required, its values. */
import { describe, expect, it } from 'vitest';
import { exampleAt, fieldRows } from '../../../src/lib/frontmatter-reference.ts';
import { bibliographyEntrySchema } from '../../../src/schemas/bibliography.ts';
import { contactSchema } from '../../../src/schemas/contact.ts';
import { PAGE_SCHEMAS } from '../../../src/schemas/docs.ts';
import { glossaryEntrySchema } from '../../../src/schemas/glossary.ts';

describe('frontmatter reference', () => {
	const rows = fieldRows(PAGE_SCHEMAS.protocol);
	const row = (path: string) => rows.find((r) => r.path === path);

	it('lists nested fields with dotted paths and [] for list items', () => {
		expect(row('recommendations[].strength')).toMatchObject({ type: 'text', required: true, allowed: ['offer', 'consider', 'do-not'] });
		expect(row('review.status')?.allowed).toEqual(['draft']);
	});
	it('says which fields are required and which have defaults', () => {
		expect(row('summary')?.required).toBe(true);
		expect(row('sources')).toMatchObject({ required: false, defaultValue: '[]' });
	});
	it("carries every field's description", () => {
		for (const schema of [...Object.values(PAGE_SCHEMAS), bibliographyEntrySchema, glossaryEntrySchema, contactSchema])
			for (const r of fieldRows(schema)) expect(r.description, r.path).not.toBe('');
	});
	it('finds examples in real data', () => {
		expect(exampleAt({ recommendations: [{ strength: 'offer' }] }, 'recommendations[].strength')).toBe('offer');
		expect(exampleAt({ a: null }, 'a.b')).toBeUndefined();
	});
});
