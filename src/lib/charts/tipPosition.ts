/**
 * Where a spread mark's quote opens inside the chart's frame: centred on the mark, as wide as the
 * frame allows up to a maximum, kept inside the frame, and below the mark unless the mark is low
 * on the screen, then above it, so that the quote stays in view. Whole px.
 */
import { round } from '../round.ts';

/** The widest a quote gets, in px. */
export const TIP_MAX = 352;
/** Space between the mark and its quote, in px. */
export const TIP_GAP = 8;

/** The parts of a `DOMRect` the placement reads, in viewport px. */
export type Rect = Pick<DOMRectReadOnly, 'left' | 'top' | 'bottom' | 'width'>;

export interface TipPosition {
  /** Offsets and width inside the frame. */
  left: number;
  top: number;
  width: number;
  /** Whether the quote sits above the mark: then `top` is its bottom edge. */
  above: boolean;
}

/** @param viewport the window's inner height */
export function tipPosition(mark: Rect, frame: Rect, viewport: number): TipPosition {
  const width = Math.min(TIP_MAX, frame.width);
  const centre = mark.left + mark.width / 2 - frame.left;
  const above = mark.bottom > viewport * 0.6 && mark.top > viewport * 0.4;
  return {
    width,
    left: round(Math.max(0, Math.min(frame.width - width, centre - width / 2)), 0),
    top: round(above ? mark.top - frame.top - TIP_GAP : mark.bottom - frame.top + TIP_GAP, 0),
    above,
  };
}
