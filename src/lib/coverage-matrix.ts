/**
 * A state's coverage matrix: for each immigration situation and patient group, every route the rules decide on a
 * given day. The state guide shows the open routes; the navigator's per-state JSON carries all of them.
 */
import { coverageRoutes } from '../rules/evaluate.ts';
import type { JurisdictionFacts, RouteOutcome } from '../rules/types.ts';
import type { StateFacts } from '../schemas/state-guide.ts';
import { IMMIGRATION_SITUATION_CODES, type ImmigrationSituation, PATIENT_GROUP_CODES, type PatientGroup } from '../schemas/vocabulary.ts';

/** The facts of a state guide as the rules read them (same fields; optional facts may be absent). */
export function jurisdictionFacts(facts: StateFacts): JurisdictionFacts {
	return facts as unknown as JurisdictionFacts;
}

export interface MatrixCell {
	situation: ImmigrationSituation;
	group: PatientGroup;
	routes: RouteOutcome[];
}

/** Every cell of the matrix on `date`, situations in vocabulary order, then groups. */
export function stateMatrix(jurisdiction: string, facts: StateFacts, date: string): MatrixCell[] {
	const f = jurisdictionFacts(facts);
	return IMMIGRATION_SITUATION_CODES.flatMap((situation) =>
		PATIENT_GROUP_CODES.map((group) => ({
			situation,
			group,
			routes: coverageRoutes({ jurisdiction, facts: f, date, group, situation }),
		})),
	);
}

/** Ids of the rules the matrix uses, in first-use order: the page lists each once, as the cells' link targets. */
export function rulesUsed(cells: readonly MatrixCell[]): RouteOutcome[] {
	const seen = new Map<string, RouteOutcome>();
	for (const c of cells) for (const r of c.routes) if (!seen.has(r.rule)) seen.set(r.rule, r);
	return [...seen.values()];
}

/** Anchor of a rule in the state page's rule list. */
export const ruleAnchor = (rule: string) => `rule-${rule.replace(/[^a-z0-9-]/gi, '-')}`;
