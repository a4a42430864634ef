/**
 * The charts' sizes in px, shared by the layouts that compute and the components that draw, so
 * that a size is decided once.
 */

/** Chart coordinates are rounded to 0.1 px, `round(v, PX)`, so that SVG output is deterministic. */
export const PX = 1;

/** Space left and right of the spread plot: room for the first and last tick label and an "over" arrow. */
export const MARGIN = { left: 14, right: 28 } as const;
/** A touch target's least width and height (WCAG 2.5.8, target size minimum). */
export const TARGET = 24;
/** Height of one stacking lane, a touch target's: marks that would touch are moved down a lane. */
export const LANE = TARGET;
/** Space above the first lane and below the last. */
export const ROW_PAD = 4;
/** Radius of a point estimate's dot. */
export const DOT_R = 5;
/** Length of the arrow that says "over" (to the right) or "up to" (to the left). */
export const ARROW = 14;
/** Height of a range's bar. */
export const BAR_H = 10;
/** Minimum free space between two marks in one lane. */
export const GAP = 4;
/** Height of the axis tick marks below the rows. */
export const AXIS_H = 6;
