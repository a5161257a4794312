/** Each study lands where its figures say, with its interval when published; others are listed, not guessed. */
import { describe, expect, it } from 'vitest';
import { layoutAccuracyChart } from '../../../src/lib/accuracy-chart.ts';

describe('accuracy chart layout', () => {
	const chart = layoutAccuracyChart(
		[
			{
				tool: 'A',
				label: 'A 2018',
				sensitivity: { value: 84.4, ciLow: 75.3, ciHigh: 91.2 },
				specificity: { value: 57.5, ciLow: 53.8, ciHigh: 61.1 },
			},
			{
				tool: 'B',
				label: 'B 2021',
				sensitivity: { value: 100, ciLow: null, ciHigh: null },
				specificity: { value: 61, ciLow: null, ciHigh: null },
			},
			{ tool: 'C', label: 'C 2018', sensitivity: { value: 90.9, ciLow: null, ciHigh: null }, specificity: null },
		],
		100,
	);
	it('places specificity across and sensitivity up', () => {
		const [a] = chart.points;
		expect(a!.x).toBeCloseTo(chart.plot.left + 57.5);
		expect(a!.y).toBeCloseTo(chart.plot.top + 100 - 84.4);
	});
	it('draws whiskers only where both bounds were published', () => {
		expect(chart.points[0]!.yRange).toEqual([chart.plot.top + 100 - 75.3, chart.plot.top + 100 - 91.2].map((n) => expect.closeTo(n)));
		expect(chart.points[1]!.xRange).toBeNull();
	});
	it('lists a study with no specificity instead of plotting it', () => {
		expect(chart.points.map((p) => p.label)).toEqual(['A 2018', 'B 2021']);
		expect(chart.notPlotted.map((p) => p.label)).toEqual(['C 2018']);
	});
	it('has axis ticks from 0 to 100', () => {
		expect(chart.ticks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
	});
});
