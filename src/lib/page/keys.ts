/**
 * Moving between steps from the keyboard, and keeping a focused step clear of the sticky map: from a focused step, the arrow and page keys, Home and
 * End move to another step and scroll it to the middle (smoothly, unless motion is reduced). Keys
 * inside a chart or a link keep their own meaning. The step list uses it when hydrated with its
 * page (embeds); the story page's scroller island attaches it to the prerendered list.
 */
import { stepForKey } from './active.ts';

export function moveStep(event: KeyboardEvent, steps: readonly HTMLElement[], reducedMotion: boolean): void {
  const from = steps.indexOf(event.target as HTMLElement);
  if (from < 0) return;
  const to = stepForKey(event.key, from, steps.length);
  if (to === null) return;
  event.preventDefault();
  steps[to].focus({ preventScroll: true });
  steps[to].scrollIntoView({ block: 'center', behavior: reducedMotion ? 'auto' : 'smooth' });
}

/**
 * A step that gets focus (a Tab press) with its top under what sticks over it (the map on an
 * upright phone, its height the step's scroll-margin-top, StickyStory) is scrolled to start just
 * under it, as the arrow keys place it. The browser scrolls a focused element only when none of it
 * is on screen, and a step is as tall as the part under the map: its first lines stayed hidden.
 */
export function revealFocusedStep(event: FocusEvent, steps: readonly HTMLElement[], reducedMotion: boolean): void {
  const step = event.target as HTMLElement;
  if (!steps.includes(step)) return;
  const covered = parseFloat(getComputedStyle(step).scrollMarginTop) || 0;
  if (step.getBoundingClientRect().top >= covered - 1) return;
  step.scrollIntoView({ block: 'start', behavior: reducedMotion ? 'auto' : 'smooth' });
}
