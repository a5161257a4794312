/**
 * A tool's validation label, derived from its studies, and the order its studies are shown in. Authors never type
 * the label: a tool with no accuracy study cannot be called validated, a same-sample (derivation) figure cannot pass
 * for an independent one, and a modified version's study never counts for the original tool.
 */
import type { ValidationStudy } from '../schemas/screening-tool.ts';
import type { StudyRole, ToolKind, ValidationStatus } from '../schemas/vocabulary.ts';

const hasFigures = (s: ValidationStudy) => s.sensitivity !== null || s.specificity !== null;

export function validationStatus(kind: ToolKind, studies: readonly ValidationStudy[]): ValidationStatus {
	if (kind === 'response-approach') return 'not-applicable';
	const own = studies.filter((s) => s.role !== 'adapted-version');
	const external = own.filter((s) => s.role === 'external-validation' && hasFigures(s));
	if (external.some((s) => s.figuresRead !== 'secondary')) return 'external-accuracy';
	if (external.length > 0) return 'external-secondary';
	if (own.some((s) => (s.role === 'derivation' || s.role === 'internal-validation') && hasFigures(s))) return 'internal-accuracy';
	if (own.some((s) => s.role === 'predictive-validity' || s.role === 'construct-validity')) return 'validity-only';
	if (own.some((s) => s.role === 'pretest')) return 'pretested';
	return 'no-accuracy-study';
}

/** Statuses that may be offered as "validated" by the chooser: accuracy measured in people other than those it was built on. */
export const INDEPENDENTLY_VALIDATED: readonly ValidationStatus[] = ['external-accuracy', 'external-secondary'];

/** Independent samples first, then same-sample figures, then modified versions and validity-only studies. */
const ROLE_ORDER: Record<StudyRole, number> = {
	'external-validation': 0,
	'internal-validation': 1,
	derivation: 2,
	'adapted-version': 3,
	'predictive-validity': 4,
	'construct-validity': 5,
	pretest: 6,
};

export function studiesInEvidenceOrder<T extends Pick<ValidationStudy, 'role'>>(studies: readonly T[]): T[] {
	return studies
		.map((s, i) => ({ s, i }))
		.sort((a, b) => ROLE_ORDER[a.s.role] - ROLE_ORDER[b.s.role] || a.i - b.i)
		.map(({ s }) => s);
}
