/**
 * The timeline's month ticks: one at the start of every UTC month of the rail's time scale
 * (d3-time's `utcMonth`), labelled in the edition's short month ("Jun 2024"), leaving labels out at a regular step where months
 * are too close together to read.
 */
import type { ScaleTime } from 'd3-scale';
import { utcMonth } from 'd3-time';
import type { I18n } from '../i18n/translator.ts';
import { round } from '../round.ts';
import { PX } from './sizes.ts';

/** Least distance between two labelled month ticks, in px. */
const TICK_LABEL_GAP = 14;

export interface RailTick {
  date: Date;
  y: number;
  /** "Jun 2024"; empty for ticks left unlabelled because they are too close together. */
  label: string;
}

/** Ticks for the scale `y`, whose domain runs from one month's start to another's, both included. */
export function monthTicks(y: ScaleTime<number, number>, i18n: I18n): RailTick[] {
  const months = y.ticks(utcMonth);
  const step = months.length > 1 ? y(months[1]) - y(months[0]) : Infinity;
  const every = Math.max(1, Math.ceil(TICK_LABEL_GAP / step));
  return months.map((date, i) => ({ date, y: round(y(date), PX), label: i % every === 0 ? i18n.month(date) : '' }));
}
