/**
 * Layout of the "spread of estimates" chart: one row per claimant, one mark per outlet that
 * states an estimate, on an x-axis shared by every spread quantity so the charts compare honestly.
 * D3 computes the scale and ticks; SpreadChart.svelte renders. Every figure comes from the ledger.
 */
import { scaleLinear } from 'd3-scale';
import { groupByClaimant } from '../data/query.ts';
import type { Ledger, Magnitude } from '../data/types.ts';
import type { I18n } from '../i18n/translator.ts';
import { round } from '../round.ts';
import { spreadDomain } from './domain.ts';
import type { MarkShape } from './marks.ts';
import { spreadRow, type SpreadRow } from './row.ts';
import { MARGIN, PX } from './sizes.ts';
import { spreadTicks, type SpreadTick } from './ticks.ts';

export interface SpreadLayout {
  quantity: string;
  unit: string;
  width: number;
  domain: [number, number];
  rows: SpreadRow[];
  ticks: SpreadTick[];
  /** The plot's left and right edges in px. */
  plotLeft: number;
  plotRight: number;
  /** The shapes that occur, in legend order. */
  shapes: MarkShape[];
  /** The magnitude table's rows the chart draws ("thousands" spans 2,000–9,999), for its legend. */
  magnitudes: Magnitude[];
}

const LEGEND_ORDER: readonly MarkShape[] = ['dot', 'range', 'magnitude', 'over', 'under', 'up to'];

/**
 * Lays out one quantity's spread: a row per claimant group (in `groupByClaimant` order), a mark
 * per stated claim, stacked into lanes, and the axis ticks, its words and numbers the edition's.
 */
export function spreadLayout(
  ledger: Ledger,
  quantityId: string,
  width: number,
  i18n: I18n,
  domain: [number, number] = spreadDomain(ledger),
): SpreadLayout {
  const quantity = ledger.quantities.find((q) => q.id === quantityId);
  if (!quantity) throw new Error(`unknown quantity ${quantityId}`);
  const plotLeft = MARGIN.left;
  const plotRight = Math.max(plotLeft + 1, width - MARGIN.right);
  const x = scaleLinear().domain(domain).range([plotLeft, plotRight]);
  const rows = groupByClaimant(ledger, quantityId).map((group) => spreadRow(group, x, quantity.unit, i18n));
  const drawn = new Set(rows.flatMap((r) => r.marks.map((m) => m.shape)));
  const named = new Set(rows.flatMap((r) => r.marks.map((m) => m.stated.claim.magnitude)));
  return {
    quantity: quantityId,
    unit: quantity.unit,
    width: round(width, PX),
    domain,
    rows,
    ticks: spreadTicks(x, width, i18n),
    plotLeft: round(plotLeft, PX),
    plotRight: round(plotRight, PX),
    shapes: LEGEND_ORDER.filter((s) => drawn.has(s)),
    magnitudes: ledger.magnitudes.filter((m) => named.has(m.name)),
  };
}
