/**
 * The geometry of one spread mark: which shape a qualifier draws, how far it reaches along the
 * axis (what lane packing needs), and, once its lane is known, its dot or bar, arrow, focus ring
 * and hit area. Positions in px, rounded to 0.1.
 */
import type { Qualifier } from '../data/types.ts';
import { round } from '../round.ts';
import { ARROW, BAR_H, DOT_R, GAP, LANE, PX, ROW_PAD, TARGET } from './sizes.ts';

/**
 * How a mark is drawn: a dot; a dot with an arrow right ("over") or left ("up to"); a hollow dot
 * with an arrow left ("under": open below a figure it does not reach); a bar (a measured range);
 * or an open, dashed bar (an order of magnitude, a range of its own kind: "thousands").
 */
export type MarkShape = 'dot' | 'over' | 'under' | 'up to' | 'range' | 'magnitude';

/** Shapes that reach left of their figure, and shapes drawn as a bar. */
const LEFT: ReadonlySet<MarkShape> = new Set(['up to', 'under']);
const BAR: ReadonlySet<MarkShape> = new Set(['range', 'magnitude']);

/** A rectangle in px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a mark sits along the axis. */
export interface MarkExtent {
  shape: MarkShape;
  /** The value's position: the dot's centre, or for a range its midpoint. */
  x: number;
  /** The value's extent: equal to x for a point, the range's two ends for a range. */
  x1: number;
  x2: number;
  /** Horizontal extent of everything drawn, before the gap: also the mark's hit area. */
  left: number;
  right: number;
}

/** What is drawn once the mark's lane is known. */
export interface MarkGeometry {
  /** The stacking lane (0 = top) and the centre line y of the mark within its row. */
  lane: number;
  y: number;
  /** The arrow's shaft from the dot's edge to its tip, and its head, for "over", "under" and "up to". */
  arrow: { x1: number; x2: number; head: string } | null;
  /** The transparent hit area, the focus ring, and for a range its bar. */
  hit: Box;
  ring: Box;
  bar: Box | null;
}

/** The shape a qualifier draws: "about" and "exact" are dots. */
export function markShape(qualifier: Qualifier): MarkShape {
  if (qualifier === 'order of magnitude') return 'magnitude';
  if (qualifier === 'range' || qualifier === 'over' || qualifier === 'up to' || qualifier === 'under') return qualifier;
  return 'dot';
}

/**
 * A mark's place along the axis, from its shape and the scaled positions of its low and high.
 * @example markExtent('over', 338.6, 338.6) // { x: 338.6, left: 333.6, right: 357.6, … }
 */
export function markExtent(shape: MarkShape, low: number, high: number): MarkExtent {
  const x1 = round(low, PX);
  const x2 = round(high, PX);
  const x = BAR.has(shape) ? round((x1 + x2) / 2, PX) : LEFT.has(shape) ? x2 : x1;
  let left = x - DOT_R;
  let right = x + DOT_R;
  if (BAR.has(shape)) [left, right] = [Math.min(x1, x - BAR_H / 2), Math.max(x2, x + BAR_H / 2)];
  if (shape === 'over') right = x + DOT_R + ARROW;
  if (LEFT.has(shape)) left = x - DOT_R - ARROW;
  return { shape, x, x1, x2, left: round(left, PX), right: round(right, PX) };
}

/**
 * The span of the axis a mark takes in its lane: what it draws, widened about its value to a touch
 * target's width less the gap packing keeps between neighbours, so that no two hit areas overlap.
 */
export function markReach(extent: MarkExtent): { start: number; end: number } {
  const short = TARGET - GAP - (extent.right - extent.left);
  if (short <= 0) return { start: extent.left, end: extent.right };
  return { start: round(extent.left - short / 2, PX), end: round(extent.right + short / 2, PX) };
}

/** A mark's drawing in its lane. */
export function markGeometry(extent: MarkExtent, lane: number): MarkGeometry {
  const { shape, x, x1, x2, left, right } = extent;
  const reach = markReach(extent);
  const y = round(ROW_PAD + lane * LANE + LANE / 2, PX);
  let arrow: MarkGeometry['arrow'] = null;
  if (shape === 'over') {
    const tip = x + DOT_R + ARROW;
    arrow = { x1: round(x + DOT_R, PX), x2: round(tip - 5, PX), head: arrowHead(tip, y, 1) };
  } else if (LEFT.has(shape)) {
    const tip = x - DOT_R - ARROW;
    arrow = { x1: round(x - DOT_R, PX), x2: round(tip + 5, PX), head: arrowHead(tip, y, -1) };
  }
  return {
    lane,
    y,
    arrow,
    hit: box(reach.start - GAP / 2, y - LANE / 2, reach.end - reach.start + GAP, LANE),
    ring: box(left - 3, y - 9, right - left + 6, 18),
    bar: BAR.has(shape) ? box(x1, y - BAR_H / 2, Math.max(x2 - x1, 2), BAR_H) : null,
  };
}

/** A rectangle with every coordinate rounded. */
function box(x: number, y: number, width: number, height: number): Box {
  return { x: round(x, PX), y: round(y, PX), width: round(width, PX), height: round(height, PX) };
}

/** The triangle at an arrow's tip, pointing right (dir 1) or left (dir -1). */
function arrowHead(tip: number, y: number, dir: 1 | -1): string {
  const back = round(tip - dir * 6, PX);
  return `M${round(tip, PX)},${round(y, PX)}L${back},${round(y - 4, PX)}L${back},${round(y + 4, PX)}Z`;
}
