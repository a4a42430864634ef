/**
 * The estimate band of a flow drawn to scale: its width runs from the lowest to the highest claim
 * in the ledger, with a tick for each distinct estimate. Whether a quantity is drawn to scale is
 * its `to_scale` field (data/quantities.json). Widths come from one linear scale shared by all
 * flows to scale in the same unit, so a planned reinforcement and the current force compare.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Flow, Ledger } from '../data/types.ts';
import { groupByClaimant, type Estimate } from '../data/query.ts';

/** One distinct estimate, and who made it. */
export interface BandTick extends Pick<Estimate, 'low' | 'high' | 'qualifier' | 'magnitude'> {
  claimants: string[];
}

export interface FlowBand {
  quantity: string;
  unit: string;
  /** The quantity's `to_scale`: whether the band sizes the flow. */
  toScale: boolean;
  low: number;
  high: number;
  ticks: BandTick[];
}

/** The band of a flow sized by a quantity, or null for an unsized flow. */
export function flowBand(ledger: Ledger, flow: Flow): FlowBand | null {
  if (!flow.quantity) return null;
  // The validator has refused a flow whose quantity does not exist.
  const quantity = ledger.quantities.find((q) => q.id === flow.quantity)!;
  const ticks = new Map<string, BandTick>();
  for (const group of groupByClaimant(ledger, flow.quantity)) {
    for (const e of group.estimates) {
      const key = `${e.low}-${e.high}-${e.qualifier}`;
      const tick = ticks.get(key) ?? {
        low: e.low,
        high: e.high,
        qualifier: e.qualifier,
        magnitude: e.magnitude,
        claimants: [],
      };
      if (!tick.claimants.includes(group.claimant.label)) tick.claimants.push(group.claimant.label);
      ticks.set(key, tick);
    }
  }
  const list = [...ticks.values()].sort((a, b) => a.low - b.low || a.high - b.high);
  if (list.length === 0) return null;
  return {
    quantity: quantity.id,
    unit: quantity.unit,
    toScale: quantity.to_scale,
    low: Math.min(...list.map((t) => t.low)),
    high: Math.max(...list.map((t) => t.high)),
    ticks: list,
  };
}

/** Whether a flow's width encodes its count (its quantity is `to_scale`), rather than a fixed width. */
export function isScaled(band: FlowBand | null): band is FlowBand {
  return band !== null && band.toScale;
}

/**
 * Pixel width for a count in `band`'s unit: zero at zero, `maxWidth` at the top of the largest
 * band to scale in that unit.
 */
export function widthScale(bands: (FlowBand | null)[], band: FlowBand, maxWidth: number): ScaleLinear<number, number> {
  const same = bands.filter(isScaled).filter((b) => b.unit === band.unit);
  const top = Math.max(1, ...same.map((b) => b.high));
  return scaleLinear().domain([0, top]).range([0, maxWidth]);
}
