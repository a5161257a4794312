/** Every fact the schema defines is shown in exactly one group, so a new fact cannot be left off the page. */
import { describe, expect, it } from 'vitest';
import { ALL_FACT_KEYS, FACT_GROUPS } from '../../../src/lib/state-fact-groups.ts';
import { stateFactsSchema } from '../../../src/schemas/state-guide.ts';

describe('state fact groups', () => {
	it('list each fact of the schema once', () => {
		expect([...ALL_FACT_KEYS].sort()).toEqual(Object.keys(stateFactsSchema.shape).sort());
		expect(new Set(ALL_FACT_KEYS).size).toBe(ALL_FACT_KEYS.length);
	});

	it('show reporting first, so the route to report a child leads', () => {
		expect(FACT_GROUPS[0]!.keys[0]).toBe('childAbuseReporting');
	});
});
