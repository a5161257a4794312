/** A translation is current while its recorded hash matches the English page, out of date once the page changes. */
import { describe, expect, it } from 'vitest';
import { sourceHash, translationRows } from '../../../src/lib/translation-status.ts';

describe('translation status', () => {
	const v1 = sourceHash('---\ntitle: A\n---\nText.\n');
	const v2 = sourceHash('---\ntitle: A\n---\nText, changed.\n');
	it('hashes text the same on every platform', () => {
		expect(sourceHash('a\r\nb\r\n')).toBe(sourceHash('a\nb\n'));
		expect(v1).toMatch(/^[0-9a-f]{12}$/);
		expect(v1).not.toBe(v2);
	});
	it('classifies pages as current, outdated or missing', () => {
		const rows = translationRows(
			[
				{ id: 'a', title: 'A', hash: v1 },
				{ id: 'b', title: 'B', hash: v2 },
				{ id: 'c', title: 'C', hash: v1 },
			],
			[
				{ source: 'a', sourceHash: v1, translatedOn: '2026-11-29' },
				{ source: 'b', sourceHash: v1, translatedOn: '2026-11-01' },
			],
		);
		expect(rows.map((r) => [r.id, r.state])).toEqual([
			['a', 'current'],
			['b', 'outdated'],
			['c', 'missing'],
		]);
	});
});
