/**
 * Moving between steps from the keyboard: from a focused step, the arrow and page keys, Home and
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
