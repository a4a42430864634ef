/**
 * The reader's first move on the page: a scroll, wheel, swipe or key press (or a ?step= link
 * scrolling it). Plain DOM, no framework, so the page's entry can listen from its first line,
 * before any island's code has loaded; the live map waits for it (src/lib/map/demand.ts).
 */
const ENGAGING = ['scroll', 'wheel', 'touchmove', 'keydown'] as const;

let engaged = false;
const waiting: (() => void)[] = [];

/** Listens for the first engaging event on `target`, once. */
export function watchEngagement(target: EventTarget = window): void {
  const engage = () => {
    for (const type of ENGAGING) target.removeEventListener(type, engage, { capture: true });
    engaged = true;
    for (const f of waiting.splice(0)) f();
  };
  for (const type of ENGAGING) target.addEventListener(type, engage, { capture: true, passive: true });
}

/** Calls `f` once the reader has engaged: now, if they already have. */
export function onEngaged(f: () => void): void {
  if (engaged) f();
  else waiting.push(f);
}
