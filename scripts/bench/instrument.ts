/**
 * What the bench installs in a page before the page's own scripts run (page.ts): observers of long
 * tasks, long animation frames with their scripts, LCP candidates, the map's first idle, and every
 * frame's duration while a tour records. The page keeps them in window.__bench.
 */
import type { LongFrame } from './causes.ts';

export interface BenchWindow {
  __bench: {
    longtasks: { startTime: number; duration: number }[];
    frames50: LongFrame[];
    lcp: { startTime: number; tag: string }[];
    mapIdle: number;
    frames: number[];
    recording: boolean;
  };
}

/**
 * Installed before the page's scripts: long tasks, LCP candidates, map idle, frame deltas.
 * Plain JavaScript in a string: tsx would wrap a serialised function's inner functions in a
 * helper (__name) that does not exist in the page.
 */
export const INSTRUMENT = `(() => {
  const b = (window.__bench = { longtasks: [], frames50: [], lcp: [], mapIdle: NaN, frames: [], recording: false });
  // Long animation frames, with the scripts that ran in them: what the blocking time was spent on.
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'))
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        b.frames50.push({
          startTime: e.startTime,
          duration: e.duration,
          blockingDuration: e.blockingDuration,
          scripts: e.scripts.map((s) => ({
            sourceURL: s.sourceURL,
            invoker: s.invoker,
            invokerType: s.invokerType,
            duration: s.duration,
            forcedStyleAndLayoutDuration: s.forcedStyleAndLayoutDuration,
          })),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longtasks.push({ startTime: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.lcp.push({ startTime: e.startTime, tag: e.element ? e.element.tagName : '' });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-renderer="maplibre"][data-idle="true"]')) {
      b.mapIdle = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-idle'] });
  let last = 0;
  const tick = (t) => {
    if (b.recording && last) b.frames.push(t - last);
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
