/**
 * The estimate band of a sized flow: its width runs from the lowest to the highest claim in the
 * ledger, with a tick for each distinct estimate. Widths come from one linear scale shared by all
 * flows counted in the same unit, so a planned reinforcement and the current force compare.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Flow, Ledger } from '../data/types.ts';
import { groupByClaimant, type Estimate } from '../data/query.ts';

/** One distinct estimate, and who made it. */
export interface BandTick extends Estimate {
  claimants: string[];
}

export interface FlowBand {
  quantity: string;
  unit: string;
  low: number;
  high: number;
  ticks: BandTick[];
}

/** The band of a flow sized by a quantity, or null for an unsized flow. */
export function flowBand(ledger: Ledger, flow: Flow): FlowBand | null {
  if (!flow.quantity) return null;
  const quantity = ledger.quantities.find((q) => q.id === flow.quantity);
  if (!quantity) throw new Error(`flow ${flow.id}: unknown quantity ${flow.quantity}`);
  const ticks = new Map<string, BandTick>();
  for (const group of groupByClaimant(ledger, flow.quantity)) {
    for (const e of group.estimates) {
      const key = `${e.low}-${e.high}-${e.qualifier}`;
      const tick = ticks.get(key) ?? { ...e, claimants: [] };
      tick.claimants.push(group.claimant.label);
      ticks.set(key, tick);
    }
  }
  const list = [...ticks.values()].sort((a, b) => a.low - b.low || a.high - b.high);
  if (list.length === 0) return null;
  return {
    quantity: quantity.id,
    unit: quantity.unit,
    low: Math.min(...list.map((t) => t.low)),
    high: Math.max(...list.map((t) => t.high)),
    ticks: list,
  };
}

/** Whether a flow's width encodes numbers (a count of soldiers), rather than a fixed width. */
export function isScaled(band: FlowBand | null): band is FlowBand {
  return band !== null && band.unit === 'soldiers';
}

/** Pixel width for a count of soldiers: zero at zero, `maxWidth` at the largest band's top. */
export function widthScale(bands: (FlowBand | null)[], maxWidth: number): ScaleLinear<number, number> {
  const top = Math.max(1, ...bands.filter(isScaled).map((b) => b.high));
  return scaleLinear().domain([0, top]).range([0, maxWidth]);
}
