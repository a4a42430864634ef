/** Placing labels along one axis so that they never overlap: the timeline's numbered badges. */
import { round } from '../round.ts';
import { PX } from './sizes.ts';

/**
 * Positions for labels wanted at `wanted` (in order, ascending), at least `gap` apart: each is
 * pushed down below the one before; when that runs past `max` they are pushed back up, but never
 * above `min`. If they cannot fit between `min` and `max` they run past `max` rather than overlap.
 * @example placeLabels([10, 12, 14], 20, 0, 100) // [10, 30, 50]
 */
export function placeLabels(wanted: readonly number[], gap: number, min: number, max: number): number[] {
  const out = wanted.map((w) => Math.max(w, min));
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i], out[i - 1] + gap);
  for (let i = out.length - 1; i >= 0; i--) {
    const limit = i === out.length - 1 ? max : out[i + 1] - gap;
    out[i] = Math.max(Math.min(out[i], limit), min);
  }
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i], out[i - 1] + gap);
  return out.map((v) => round(v, PX));
}
