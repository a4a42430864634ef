/**
 * Axis ticks on the spread chart's shared domain, [0, 3500] for the fixture ledger
 * (tests/fixtures/ledger): at 640 px the plot runs from 14 to 612 px.
 */
import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { spreadTicks } from './ticks.ts';
import { english } from '../../../tests/helpers/i18n.ts';

const i18n = english();

const scale = (width: number) =>
  scaleLinear()
    .domain([0, 3500])
    .range([14, width - 28]);

describe('spreadTicks', () => {
  it('labels ticks in the edition’s number format (English: 1,000), every 500 at 640 px, the first anchored at its start', () => {
    const ticks = spreadTicks(scale(640), 640, i18n);
    expect(ticks.map((t) => [t.value, t.x, t.label, t.anchor])).toEqual([
      [0, 14, '0', 'start'],
      [500, 99.4, '500', 'middle'],
      [1000, 184.9, '1,000', 'middle'],
      [1500, 270.3, '1,500', 'middle'],
      [2000, 355.7, '2,000', 'middle'],
      [2500, 441.1, '2,500', 'middle'],
      [3000, 526.6, '3,000', 'middle'],
      [3500, 612, '3,500', 'middle'],
    ]);
    expect(ticks[1].percent).toBe(15.53);
  });

  it('has fewer ticks on a narrow chart', () => {
    expect(spreadTicks(scale(375), 375, i18n).map((t) => t.value)).toEqual([0, 1000, 2000, 3000]);
  });

  it('anchors a label at its end when it would run past the right edge', () => {
    const x = scaleLinear().domain([0, 100]).range([14, 190]);
    expect(spreadTicks(x, 200, i18n).at(-1)).toMatchObject({ value: 100, x: 190, anchor: 'end', percent: 95 });
  });

  it('rounds positions to 0.1 px and percentages to 0.01 %', () => {
    for (const t of spreadTicks(scale(333.333), 333.333, i18n)) {
      expect(Math.round(t.x * 10) / 10).toBe(t.x);
      expect(Math.round(t.percent * 100) / 100).toBe(t.percent);
    }
  });
});
