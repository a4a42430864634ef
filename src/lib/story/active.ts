/**
 * Which step is active, derived from where the steps are now, never from a count of scroll or
 * intersection events: scrolling back, flinging past several steps, resizing and rotating all
 * land on the right step because the answer depends only on the current geometry.
 */

export interface StepBox {
  top: number;
  bottom: number;
}

/** Where on the viewport (fraction of its height from the top) a step becomes active. */
export const TRIGGER = 0.6;

/**
 * The index of the last step whose top has crossed the trigger line, or 0 before the first
 * (the first step's map shows while the reader is still above it), with how far through that
 * step the trigger line is (0–1).
 */
export function activeStep(
  boxes: StepBox[],
  viewportHeight: number,
  trigger = TRIGGER,
): { index: number; progress: number } {
  const line = viewportHeight * trigger;
  let index = 0;
  boxes.forEach((b, i) => {
    if (b.top <= line) index = i;
  });
  const box = boxes[index];
  if (!box) return { index: 0, progress: 0 };
  const height = Math.max(1, box.bottom - box.top);
  return { index, progress: Math.min(1, Math.max(0, (line - box.top) / height)) };
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
