/** A tool's validation label comes from its studies: no accuracy study, no "validated"; modified versions never count. */
import { describe, expect, it } from 'vitest';
import { splitLocale } from '../../../src/lib/locales.ts';
import { CONTENT_ROOT } from '../../../src/lib/paths.ts';
import { studiesInEvidenceOrder, validationStatus } from '../../../src/lib/tool-evidence.ts';
import type { ValidationStudy } from '../../../src/schemas/screening-tool.ts';
import { validateContent } from '../../../src/validation/validate-content.ts';

const study = (s: Partial<ValidationStudy>): ValidationStudy =>
	({
		source: 'x',
		label: 'x',
		design: 'x',
		role: 'external-validation',
		sampling: 'prospective',
		setting: 'x',
		population: 'x',
		n: null,
		referenceStandard: null,
		cutoff: null,
		prevalence: null,
		sensitivity: { value: 90, ciLow: null, ciHigh: null },
		specificity: { value: 60, ciLow: null, ciHigh: null },
		figuresRead: 'abstract',
		...s,
	}) as ValidationStudy;
const VALIDATED = ['external-accuracy', 'external-secondary'];

describe('tool validation label', () => {
	it('is never "validated" without an accuracy study', () => {
		expect(validationStatus('screening', [])).toBe('no-accuracy-study');
		expect(validationStatus('identification', [])).toBe('no-accuracy-study');
		expect(validationStatus('screening', [study({ role: 'construct-validity', sensitivity: null, specificity: null })])).toBe(
			'validity-only',
		);
		expect(validationStatus('screening', [study({ role: 'pretest', sensitivity: null, specificity: null })])).toBe('pretested');
	});

	it("does not count a modified version's study for the original tool", () => {
		expect(validationStatus('screening', [study({ role: 'adapted-version' })])).toBe('no-accuracy-study');
	});

	it('tells same-sample accuracy and secondary-only figures apart from independent, read figures', () => {
		expect(validationStatus('screening', [study({ role: 'derivation' })])).toBe('internal-accuracy');
		expect(validationStatus('screening', [study({ figuresRead: 'secondary' })])).toBe('external-secondary');
		expect(validationStatus('screening', [study({ figuresRead: 'secondary' }), study({ figuresRead: 'abstract' })])).toBe(
			'external-accuracy',
		);
	});

	it("orders studies with independent samples first, keeping authors' order otherwise", () => {
		const order = studiesInEvidenceOrder([
			study({ label: 'd', role: 'derivation' }),
			study({ label: 'e1' }),
			study({ label: 'a', role: 'adapted-version' }),
			study({ label: 'e2' }),
		]).map((s) => s.label);
		expect(order).toEqual(['e1', 'e2', 'd', 'a']);
	});

	it('labels no catalog tool as validated unless it has an external-validation study with figures', () => {
		const tools = validateContent(CONTENT_ROOT).pages.filter((p) => p.data.type === 'screening-tool' && !splitLocale(p.id)[0]);
		expect(tools.length).toBeGreaterThanOrEqual(10);
		for (const t of tools) {
			if (t.data.type !== 'screening-tool') continue;
			const status = validationStatus(t.data.kind, t.data.studies);
			const hasExternal = t.data.studies.some((s) => s.role === 'external-validation' && (s.sensitivity || s.specificity));
			if (VALIDATED.includes(status)) expect(hasExternal, t.id).toBe(true);
			if (t.data.studies.filter((s) => s.role !== 'adapted-version').length === 0)
				expect(status, t.id).toMatch(/^(no-accuracy-study|not-applicable)$/);
		}
		const htiam = tools.find((t) => t.id === 'screening-tools/htiam-14')!;
		if (htiam.data.type === 'screening-tool') expect(validationStatus(htiam.data.kind, htiam.data.studies)).toBe('no-accuracy-study');
	});
});
