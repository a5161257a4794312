/**
 * What the coverage navigator ships to the browser, built once: per jurisdiction only the facts the rules read
 * (plus where to apply), and the bibliography entries the rules cite. The rules themselves run in the browser
 * from src/rules/ (a few kilobytes), so a date the reader picks is answered by the same code as the state pages.
 */
import { RULE_SOURCES } from '../rules/federal-rules.ts';
import type { JurisdictionFacts } from '../rules/types.ts';
import { bibliography, entryUrl } from './bibliography.ts';
import { jurisdictionFacts } from './coverage-matrix.ts';
import { stateGuides } from './state-guides.ts';

export interface NavigatorState {
	code: string;
	slug: string;
	facts: JurisdictionFacts;
	/** Where to apply for Medicaid, and the Medicaid agency, when verified. */
	medicaid: { name: string; url: string | null } | null;
	marketplaceUrl: string | null;
}

export interface NavigatorData {
	states: NavigatorState[];
	sources: Record<string, { title: string; url: string | null }>;
}

const pickFacts = (f: JurisdictionFacts): JurisdictionFacts => {
	const keys = [
		'medicaidExpansion',
		'marketplace',
		'ichiaChildren',
		'ichiaPregnant',
		'chipUnbornChild',
		'stateFundedCoverage',
		'survivorPrograms',
		'crimeVictimCompensation',
	] as const;
	const out: Record<string, unknown> = {};
	for (const k of keys) {
		const fact = f[k] as { value: unknown; source: string | null } | undefined;
		if (fact) out[k] = { value: fact.value, source: fact.source };
	}
	return out as JurisdictionFacts;
};

export async function navigatorData(): Promise<NavigatorData> {
	const guides = await stateGuides();
	const bib = await bibliography();
	const keys = new Set<string>(RULE_SOURCES);
	const states = guides.map(({ id, data }) => {
		const facts = pickFacts(jurisdictionFacts(data.facts));
		for (const k of Object.values(facts)) if (k?.source) keys.add(k.source);
		const application = data.facts.medicaidApplication?.value;
		const agency = data.facts.medicaidAgency.value;
		return {
			code: data.jurisdiction,
			slug: id.replace(/^states\//, ''),
			facts,
			medicaid: application ? { name: application.name, url: application.url } : agency ? { name: agency.name, url: agency.url } : null,
			marketplaceUrl: data.facts.marketplace.url ?? null,
		};
	});
	const sources: NavigatorData['sources'] = {};
	for (const k of keys) {
		const e = bib.get(k);
		if (e) sources[k] = { title: e.title, url: entryUrl(e) };
	}
	return { states, sources };
}
