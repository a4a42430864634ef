/**
 * The spread chart's value axis: d3's nice ticks (fewer on a narrow chart so labels never touch),
 * each with its position in px and as a percentage of the width, its label in the edition's
 * number format and how the label is anchored so the first and last stay inside the chart.
 */
import type { ScaleLinear } from 'd3-scale';
import type { I18n } from '../i18n/translator.ts';
import { round } from '../round.ts';
import { PX } from './sizes.ts';

export interface SpreadTick {
  value: number;
  x: number;
  /** x as a percentage of the width (0.01 % steps), for HTML labels that do not scale with the SVG. */
  percent: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

/** Ticks for the scale `x` (its range the plot's left and right edges) on a chart `width` px wide. */
export function spreadTicks(x: ScaleLinear<number, number>, width: number, i18n: I18n): SpreadTick[] {
  const [plotLeft, plotRight] = x.range();
  const count = Math.max(2, Math.min(5, Math.floor((plotRight - plotLeft) / 80)));
  return x.ticks(count).map((value) => {
    const tx = round(x(value), PX);
    const anchor = tx - plotLeft < 12 ? 'start' : width - tx < 24 ? 'end' : 'middle';
    // Hundredths of a percent: whole ten-thousandths of the width.
    const percent = round((tx / width) * 10_000, 0) / 100;
    return { value, x: tx, percent, label: i18n.number(value), anchor };
  });
}
