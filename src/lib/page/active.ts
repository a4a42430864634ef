/**
 * Which step is active, derived from where the steps are now, never from a count of scroll or
 * intersection events: scrolling back, flinging past several steps, resizing and rotating all
 * land on the right step because the answer depends only on the current geometry.
 */

/** Where a step is: its top edge, in the coordinates of the viewport it is read in. */
export interface StepBox {
  top: number;
}

/**
 * Where on the viewport (fraction of its height from the top) a step becomes active. In every
 * layout of StickyStory the line is where the reader starts a card and no card is over the map:
 * beside the map (wide screens, a phone on its side) a little under the middle; on an upright
 * phone, where the map takes the top 42% and each step starts with its card, just under the map,
 * so the camera moves as a card's first lines come into view and stays for as long as it is read.
 */
export const TRIGGER = 0.6;

/**
 * The index of the last step whose top has crossed the trigger line, or 0 before the first
 * (the first step's map shows while the reader is still above it).
 */
export function activeStep(boxes: StepBox[], viewportHeight: number, trigger = TRIGGER): number {
  const line = viewportHeight * trigger;
  let index = 0;
  boxes.forEach((b, i) => {
    if (b.top <= line) index = i;
  });
  return index;
}

/** The step a key press moves to, or null for keys that do not move between steps. */
export function stepForKey(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
    case 'PageDown':
      return Math.min(count - 1, current + 1);
    case 'ArrowUp':
    case 'PageUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
