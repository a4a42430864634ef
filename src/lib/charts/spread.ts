/**
 * Layout of the "spread of estimates" chart: one row per claimant, one mark per outlet that
 * states an estimate, on an x-axis shared by every spread quantity so the charts compare honestly.
 * D3 computes the scale and ticks; SpreadChart.svelte renders. Every figure comes from the ledger.
 */
import { scaleLinear } from 'd3-scale';
import {
  claimsOf,
  formatDate,
  formatEstimate,
  groupByClaimant,
  outletName,
  plural,
  type ClaimantGroup,
  type StatedClaim,
} from '../data/query.ts';
import type { Ledger, Qualifier, Quantity } from '../data/types.ts';

/** Space left and right of the plot: room for the first and last tick label and an "over" arrow. */
export const MARGIN = { left: 14, right: 28 } as const;
/** Height of one stacking lane: marks that would touch are moved down a lane. */
export const LANE = 22;
/** Space above the first lane and below the last. */
export const ROW_PAD = 4;
/** Radius of a point estimate's dot. */
export const DOT_R = 5;
/** Length of the arrow that says "over" (to the right) or "up to" (to the left). */
export const ARROW = 14;
/** Height of a range's bar. */
export const BAR_H = 10;
/** Minimum free space between two marks in one lane. */
const GAP = 4;
/** Height of the axis tick marks below the rows. */
export const AXIS_H = 6;

/** How a mark is drawn: a dot, a dot with an arrow right ("over") or left ("up to"), or a bar. */
export type MarkShape = 'dot' | 'over' | 'up to' | 'range';

export interface SpreadMark {
  /** The stated claim's id. */
  id: string;
  qualifier: Qualifier;
  shape: MarkShape;
  /** The value's position: the dot's centre, or for a range its midpoint. */
  x: number;
  /** The value's extent: equal to x for a point, the range's two ends for a range. */
  x1: number;
  x2: number;
  /** The arrow's shaft from the dot's edge to its tip, and its head, for "over" and "up to". */
  arrow: { x1: number; x2: number; head: string } | null;
  /** The stacking lane (0 = top) and the centre line y of the mark within its row. */
  lane: number;
  y: number;
  /** Horizontal extent of everything drawn, before the gap: also the mark's hit area. */
  left: number;
  right: number;
  /** The transparent hit area, the focus ring, and for a range its bar. */
  hit: Box;
  ring: Box;
  bar: Box | null;
  /** The claimant's label (from claimants.json). */
  claimant: string;
  /** The claim with its source and restatements. */
  stated: StatedClaim;
  /** "Western officials: about 9,000 soldiers, CNN, 22 August 2025": the mark's accessible name. */
  label: string;
}

/** A rectangle in px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A rectangle with every coordinate rounded to 0.1 px. */
function box(x: number, y: number, width: number, height: number): Box {
  return { x: round(x), y: round(y), width: round(width), height: round(height) };
}

export interface SpreadRow {
  /** The claimant key. */
  key: string;
  /** The claimant's label. */
  label: string;
  /** "3 outlets, 1 estimate". */
  tally: string;
  /** The claimant's distinct estimates, formatted: "about 9,000". */
  estimates: string[];
  /** Whether no claimant is named for these claims. */
  unattributed: boolean;
  /** Row height in px: enough lanes for its stacked marks. */
  height: number;
  marks: SpreadMark[];
  group: ClaimantGroup;
}

export interface SpreadTick {
  value: number;
  x: number;
  /** x as a percentage of the width (0.01 % steps), for HTML labels that do not scale with the SVG. */
  percent: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

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
}

const numberFormat = new Intl.NumberFormat('en-US');

/** Rounds to 0.1 px so SVG output is deterministic. */
export function round(v: number): number {
  return Math.round(v * 10) / 10 || 0;
}

/** The quantities the story charts as a spread, in ledger order. */
export function spreadQuantities(ledger: Ledger): string[] {
  return ledger.quantities.filter((q) => q.spread).map((q) => q.id);
}

/**
 * The quantities with a spread chart that no step shows (`charted`: the steps' charts), in ledger
 * order: the page charts them after the story, so that every quantity is shown.
 */
export function unchartedSpreads(ledger: Ledger, charted: readonly string[]): Quantity[] {
  const shown = new Set(charted);
  return ledger.quantities.filter((q) => q.spread && !shown.has(q.id));
}

/**
 * One x-domain for every spread quantity: zero to a nice maximum over all their claims' highs,
 * so that the charts share an axis and a reader can compare them.
 */
export function spreadDomain(ledger: Ledger): [number, number] {
  const ids = new Set(spreadQuantities(ledger));
  const highs = ledger.claims.filter((c) => ids.has(c.quantity)).map((c) => c.high);
  if (highs.length === 0) throw new Error('no claim counts a quantity marked spread: true');
  const [, max] = scaleLinear()
    .domain([0, Math.max(...highs)])
    .nice()
    .domain();
  return [0, max];
}

function shapeOf(q: Qualifier): MarkShape {
  if (q === 'range' || q === 'over' || q === 'up to') return q;
  return 'dot';
}

/** The triangle at an arrow's tip, pointing right (dir 1) or left (dir -1). */
function arrowHead(tip: number, y: number, dir: 1 | -1): string {
  const back = round(tip - dir * 6);
  return `M${round(tip)},${round(y)}L${back},${round(y - 4)}L${back},${round(y + 4)}Z`;
}

/**
 * Lays out one quantity's spread: a row per claimant group (in `groupByClaimant` order), a mark
 * per stated claim (restatements folded into the claim they repeat), stacked into lanes so that
 * outlets repeating the same estimate show as several marks, and the axis ticks.
 */
export function spreadLayout(
  ledger: Ledger,
  quantityId: string,
  width: number,
  domain: [number, number] = spreadDomain(ledger),
): SpreadLayout {
  const quantity = ledger.quantities.find((q) => q.id === quantityId);
  if (!quantity) throw new Error(`unknown quantity ${quantityId}`);
  const plotLeft = MARGIN.left;
  const plotRight = Math.max(plotLeft + 1, width - MARGIN.right);
  const x = scaleLinear().domain(domain).range([plotLeft, plotRight]);
  const shapes = new Set<MarkShape>();

  const rows = groupByClaimant(ledger, quantityId).map((group): SpreadRow => {
    // Each lane keeps the right edge of its last mark; marks are placed left to right.
    const laneEnds: number[] = [];
    const placed = group.stated.map((stated) => {
      const { claim, source } = stated;
      const shape = shapeOf(claim.qualifier);
      shapes.add(shape);
      const x1 = round(x(claim.low));
      const x2 = round(x(claim.high));
      const cx = shape === 'range' ? round((x1 + x2) / 2) : shape === 'up to' ? x2 : x1;
      let left = cx - DOT_R;
      let right = cx + DOT_R;
      if (shape === 'range') [left, right] = [Math.min(x1, cx - BAR_H / 2), Math.max(x2, cx + BAR_H / 2)];
      if (shape === 'over') right = cx + DOT_R + ARROW;
      if (shape === 'up to') left = cx - DOT_R - ARROW;
      const label =
        `${group.claimant.label}: ${formatEstimate(claim)} ${quantity.unit}, ` +
        `${outletName(source)}, ${formatDate(source)}`;
      return { stated, shape, x1, x2, cx, left: round(left), right: round(right), label };
    });
    const order = placed.map((_, i) => i).sort((a, b) => placed[a].left - placed[b].left || a - b);
    const lanes: number[] = [];
    for (const i of order) {
      let lane = laneEnds.findIndex((end) => end + GAP <= placed[i].left);
      if (lane === -1) lane = laneEnds.length;
      laneEnds[lane] = placed[i].right;
      lanes[i] = lane;
    }
    const marks = placed.map((p, i): SpreadMark => {
      const y = round(ROW_PAD + lanes[i] * LANE + LANE / 2);
      let arrow: SpreadMark['arrow'] = null;
      if (p.shape === 'over') {
        const tip = p.cx + DOT_R + ARROW;
        arrow = { x1: round(p.cx + DOT_R), x2: round(tip - 5), head: arrowHead(tip, y, 1) };
      } else if (p.shape === 'up to') {
        const tip = p.cx - DOT_R - ARROW;
        arrow = { x1: round(p.cx - DOT_R), x2: round(tip + 5), head: arrowHead(tip, y, -1) };
      }
      return {
        id: p.stated.claim.id,
        qualifier: p.stated.claim.qualifier,
        shape: p.shape,
        x: p.cx,
        x1: p.x1,
        x2: p.x2,
        arrow,
        lane: lanes[i],
        y,
        left: p.left,
        right: p.right,
        hit: box(p.left - 4, y - LANE / 2, p.right - p.left + 8, LANE),
        ring: box(p.left - 3, y - 9, p.right - p.left + 6, 18),
        bar: p.shape === 'range' ? box(p.x1, y - BAR_H / 2, Math.max(p.x2 - p.x1, 2), BAR_H) : null,
        claimant: group.claimant.label,
        stated: p.stated,
        label: p.label,
      };
    });
    const laneCount = Math.max(1, laneEnds.length);
    return {
      key: group.claimant.key,
      label: group.claimant.label,
      tally: `${plural(group.outlets, 'outlet')}, ${plural(group.estimates.length, 'estimate')}`,
      estimates: group.estimates.map(formatEstimate),
      unattributed: group.claimant.kind === 'unattributed',
      height: round(ROW_PAD * 2 + laneCount * LANE),
      marks,
      group,
    };
  });

  // Fewer ticks on a narrow screen so the labels never touch.
  const count = Math.max(2, Math.min(5, Math.floor((plotRight - plotLeft) / 80)));
  const ticks = x.ticks(count).map((value): SpreadTick => {
    const tx = round(x(value));
    const anchor = tx - plotLeft < 12 ? 'start' : width - tx < 24 ? 'end' : 'middle';
    const percent = Math.round((tx / width) * 10000) / 100;
    return { value, x: tx, percent, label: numberFormat.format(value), anchor };
  });

  const legendOrder: MarkShape[] = ['dot', 'range', 'over', 'up to'];
  return {
    quantity: quantityId,
    unit: quantity.unit,
    width: round(width),
    domain,
    rows,
    ticks,
    plotLeft: round(plotLeft),
    plotRight: round(plotRight),
    shapes: legendOrder.filter((s) => shapes.has(s)),
  };
}

/** Whether the claimant as written is just the claimant's label (then it is not repeated). */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** "A Western intelligence official" reads "a Western intelligence official" inside a sentence. */
function inSentence(label: string): string {
  return label.replace(/^(A|An|The) /, (m) => m.toLowerCase());
}

/**
 * One sentence describing the spread, built from the ledger: how many estimates, from how many
 * claimants, in how many outlets, from the lowest to the highest, and which estimates several
 * outlets repeat. "4 estimates from 2 claimants plus 2 with no claimant named, in 5 outlets, from
 * over 8,000 to 9,000–10,000 soldiers; 2 outlets repeat one estimate, by Ukrainian and US intelligence."
 */
export function spreadSummary(ledger: Ledger, quantityId: string): string {
  const quantity = ledger.quantities.find((q) => q.id === quantityId);
  if (!quantity) throw new Error(`unknown quantity ${quantityId}`);
  const groups = groupByClaimant(ledger, quantityId);
  if (groups.length === 0) return `No outlet gives an estimate of ${quantity.label.toLowerCase()}.`;

  const estimates = groups.flatMap((g) => g.estimates);
  const named = groups.filter((g) => g.claimant.kind !== 'unattributed');
  const unnamed = groups.filter((g) => g.claimant.kind === 'unattributed');
  const unnamedCount = unnamed.reduce((n, g) => n + g.estimates.length, 0);
  const outlets = new Set(claimsOf(ledger, quantityId).map((c) => c.source)).size;

  let who: string;
  if (named.length === 0) who = 'with no claimant named';
  else {
    who = `from ${plural(named.length, 'claimant')}`;
    if (unnamedCount > 0) who += ` plus ${unnamedCount} with no claimant named,`;
  }

  const lowest = estimates.reduce((a, b) => (b.low < a.low ? b : a));
  const highest = estimates.reduce((a, b) => (b.high > a.high ? b : a));
  const formatted = [...new Set(estimates.map(formatEstimate))];
  let span: string;
  if (formatted.length === 1) span = `${estimates.length === 1 ? '' : 'all '}${formatted[0]}`;
  else if (lowest.low === highest.high) span = formatted.join(' and ');
  else span = `from ${formatEstimate(lowest)} to ${formatEstimate(highest)}`;

  const repeats = named
    .filter((g) => g.outlets > 1)
    .map((g) =>
      g.estimates.length === 1
        ? `${g.outlets} outlets repeat one estimate, by ${inSentence(g.claimant.label)}`
        : `${g.outlets} outlets carry ${g.estimates.length} estimates by ${inSentence(g.claimant.label)}`,
    );

  const head = `${plural(estimates.length, 'estimate')} ${who} in ${plural(outlets, 'outlet')}`;
  const sep = formatted.length === 1 || lowest.low === highest.high ? ': ' : ', ';
  return `${head}${sep}${span} ${quantity.unit}${repeats.length ? `; ${repeats.join('; ')}` : ''}.`;
}
