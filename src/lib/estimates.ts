/** Accuracy figures as text: "84.4% (95% CI 75.3–91.2)". */
import type { ValidationStudy } from '../schemas/screening-tool.ts';

type Estimate = NonNullable<ValidationStudy['sensitivity']>;

export function formatPercent(value: number, lang: string): string {
	return `${value.toLocaleString(lang, { maximumFractionDigits: 1 })}%`;
}

export function formatEstimate(estimate: Estimate | null, lang: string, notReported: string): string {
	if (!estimate) return notReported;
	const point = formatPercent(estimate.value, lang);
	if (estimate.ciLow === null || estimate.ciHigh === null) return point;
	return `${point} (95% CI ${estimate.ciLow.toLocaleString(lang)}–${estimate.ciHigh.toLocaleString(lang)})`;
}
