/**
 * Geometry of the accuracy chart: each validation study as a point, specificity across and sensitivity up,
 * with 95% confidence intervals as whiskers when both bounds were published. Pure, so it is testable.
 */
export interface StudyPoint {
	tool: string;
	label: string;
	sensitivity: { value: number; ciLow: number | null; ciHigh: number | null } | null;
	specificity: { value: number; ciLow: number | null; ciHigh: number | null } | null;
}

export type PlacedPoint<T extends StudyPoint = StudyPoint> = T & {
	x: number;
	y: number;
	/** Whiskers in chart coordinates, when the study published both bounds. */
	xRange: [number, number] | null;
	yRange: [number, number] | null;
};

export interface ChartLayout<T extends StudyPoint = StudyPoint> {
	width: number;
	height: number;
	plot: { left: number; top: number; size: number };
	ticks: { value: number; x: number; y: number }[];
	points: PlacedPoint<T>[];
	/** Studies that cannot be placed because sensitivity or specificity was not published. */
	notPlotted: T[];
}

const MARGIN = { left: 56, top: 16, right: 16, bottom: 48 };

export function layoutAccuracyChart<T extends StudyPoint>(studies: readonly T[], size = 320): ChartLayout<T> {
	const plot = { left: MARGIN.left, top: MARGIN.top, size };
	const x = (pct: number) => plot.left + (pct / 100) * size;
	const y = (pct: number) => plot.top + size - (pct / 100) * size;
	const range = (e: StudyPoint['sensitivity'], f: (n: number) => number): [number, number] | null =>
		e && e.ciLow !== null && e.ciHigh !== null ? [f(e.ciLow), f(e.ciHigh)] : null;
	const points: PlacedPoint<T>[] = [];
	const notPlotted: T[] = [];
	for (const s of studies) {
		if (!s.sensitivity || !s.specificity) notPlotted.push(s);
		else
			points.push({
				...s,
				x: x(s.specificity.value),
				y: y(s.sensitivity.value),
				xRange: range(s.specificity, x),
				yRange: range(s.sensitivity, y),
			});
	}
	return {
		width: MARGIN.left + size + MARGIN.right,
		height: MARGIN.top + size + MARGIN.bottom,
		plot,
		ticks: [0, 25, 50, 75, 100].map((v) => ({ value: v, x: x(v), y: y(v) })),
		points,
		notPlotted,
	};
}
