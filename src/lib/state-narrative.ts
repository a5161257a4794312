/**
 * The "what this means" text of a state guide, generated from its facts so it never contradicts them and
 * reads the same way in every language. Returns i18n keys with parameters; the component translates them.
 * Parts marked `analysis` are our reading of the federal rules, and are labelled so on the page.
 */
import type { StateFacts } from '../schemas/state-guide.ts';
import type { MarketplaceType } from '../schemas/vocabulary.ts';

/** Bibliography keys the generated text relies on (federal rules that apply in every state). */
export const STATE_NARRATIVE_SOURCES = [
	'ccf-2025-immigrant-eligibility',
	'kff-2025-reconciliation-health-provisions',
	'orr-2025-rma-notice',
	'kff-2025-immigrant-coverage-faq',
] as const;

export interface NarrativeParagraph {
	key: string;
	params: Record<string, string>;
	analysis?: boolean;
}

type Tri = 'yes' | 'no' | 'unknown';
const tri = (value: boolean | null): Tri => (value === null ? 'unknown' : value ? 'yes' : 'no');

export interface NarrativeFormat {
	date: (iso: string) => string;
	marketplace: (code: MarketplaceType) => string;
}

export function stateNarrative(state: string, facts: StateFacts, format: NarrativeFormat): NarrativeParagraph[] {
	const formatDate = format.date;
	const p = (key: string, params: Record<string, string> = {}, analysis = false): NarrativeParagraph => ({
		key,
		params: { state, ...params },
		analysis,
	});
	const out: NarrativeParagraph[] = [p('kb.state.federalAdults', {}, true)];

	const expansion = facts.medicaidExpansion;
	if (expansion.value === true)
		out.push(
			p(
				expansion.effective ? 'kb.state.expansion.yes' : 'kb.state.expansion.yesNoDate',
				expansion.effective ? { date: formatDate(expansion.effective) } : {},
			),
		);
	else out.push(p(`kb.state.expansion.${tri(expansion.value)}`));

	out.push(p(`kb.state.ichiaChildren.${tri(facts.ichiaChildren.value)}`, {}, facts.ichiaChildren.value !== null));
	out.push(p(`kb.state.ichiaPregnant.${tri(facts.ichiaPregnant.value)}`, {}, facts.ichiaPregnant.value !== null));
	out.push(p(`kb.state.postpartum.${tri(facts.postpartum12Months.value)}`));

	const children = facts.stateFundedChildren.value;
	const adults = facts.stateFundedAdults.value;
	if (children === null || adults === null) out.push(p('kb.state.stateFunded.unknown'));
	else if (children || adults)
		out.push(
			p(`kb.state.stateFunded.${children && adults ? 'both' : children ? 'children' : 'adults'}`, {
				asOf: formatDate(facts.stateFundedAdults.asOf),
			}),
		);
	else out.push(p('kb.state.stateFunded.no', { asOf: formatDate(facts.stateFundedAdults.asOf) }));

	out.push(p('kb.state.rma', {}, true));
	out.push(p('kb.state.emergency'));

	const market = facts.marketplace;
	if (market.value)
		out.push(
			p('kb.state.marketplace.known', { type: format.marketplace(market.value), typeCode: market.value, year: String(market.planYear) }),
		);
	else out.push(p('kb.state.marketplace.unknown'));

	out.push(p('kb.state.confirm'));
	return out;
}
