/**
 * The viewport the story's steps are read in. On a page of its own that is the window. Inside an
 * iframe whose host reports its scrolling (pym trackscroll), the iframe is as tall as the story
 * and never scrolls itself: the host's viewport is what the reader sees, and this document's top
 * sits `top` pixels below that viewport's top (negative once scrolled past). Pure helpers.
 */

export interface Frame {
  /** Where this document's top is in the viewport, in CSS pixels (0 for the window). */
  top: number;
  /** The viewport's height in CSS pixels. */
  height: number;
}

/** The window as the frame: this document's boxes are already in its coordinates. */
export function windowFrame(innerHeight: number): Frame {
  return { top: 0, height: innerHeight };
}

/** A box of this document (from getBoundingClientRect), moved into the frame's coordinates. */
export function inFrame(box: { top: number }, frame: Frame): { top: number } {
  return { top: box.top + frame.top };
}

/**
 * How far down its container the map must be moved to stay at the top of the host's viewport:
 * as far as the container's top has scrolled above that viewport, but never above the
 * container's top nor past its bottom. Whole pixels, so the map does not shimmer.
 *
 * @param frame the host's viewport and where this document sits in it
 * @param box the container's box in this document (getBoundingClientRect)
 */
export function hostOffset(frame: Frame, box: { top: number; height: number }): number {
  const scrolledPast = -(frame.top + box.top);
  const room = Math.max(0, box.height - frame.height);
  return Math.round(Math.min(Math.max(scrolledPast, 0), room));
}
