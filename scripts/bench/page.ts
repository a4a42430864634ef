/**
 * One load of the story in headless Chromium (playwright-core, the browser tests' flags), then a
 * tour through every step with the mouse wheel, as a reader scrolls. Timings are read in the page
 * (performance.now(), relative to the navigation's start) by observers installed before any of
 * the page's own scripts run.
 */
import type { Browser, Page } from 'playwright-core';
import { blockingTime, quantile, median } from './stats.ts';

export interface PageRun {
  /** first-contentful-paint: the headline and text are server-rendered, so this is the text. */
  fcp: number;
  /** The LCP candidate whose element is the page's h1, when the headline was one (else NaN). */
  h1Paint: number;
  /** Until MapLibre reports idle with every layer and the basemap drawn. */
  mapIdle: number;
  /** Sum over long tasks (FCP → map idle) of their time beyond 50 ms. */
  loadBlocking: number;
  loadLongTasks: number;
  /** Bytes over the wire for the load (preview server compression), from resource timing. */
  transferBytes: number;
  /** Every frame's duration (requestAnimationFrame deltas) while touring the steps. */
  frameMedian: number;
  frameP95: number;
  frameMax: number;
  frames: number;
  tourLongTasks: number;
  tourBlocking: number;
  tourSeconds: number;
  /** Live JS heap after the tour and a garbage collection (CDP Runtime.getHeapUsage), MB. */
  heapMB: number;
  /** Same-origin URLs the page requested. */
  requested: string[];
  pageErrors: string[];
}

interface BenchWindow {
  __bench: {
    longtasks: { startTime: number; duration: number }[];
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
const INSTRUMENT = `(() => {
  const b = (window.__bench = { longtasks: [], lcp: [], mapIdle: NaN, frames: [], recording: false });
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

const IDLE = '[data-renderer="maplibre"][data-idle="true"]';

/** Wheels the page until the step's middle is at the viewport's middle, 120 px a notch. */
async function wheelToStep(page: Page, id: string) {
  const distance = await page.evaluate((id) => {
    const r = document.querySelector(`[data-step="${id}"]`)!.getBoundingClientRect();
    return r.top + Math.min(r.height, innerHeight) / 2 - innerHeight / 2;
  }, id);
  const notches = Math.max(1, Math.round(Math.abs(distance) / 120));
  for (let i = 0; i < notches; i++) {
    await page.mouse.wheel(0, distance / notches);
    await page.waitForTimeout(16);
  }
}

export interface PageRunOptions {
  url: string;
  steps: { id: string; view: string }[];
  viewport?: { width: number; height: number };
  /** Give up on the map after this long (the tour then runs without it). */
  timeout?: number;
}

export async function measurePage(browser: Browser, opts: PageRunOptions): Promise<PageRun> {
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const requested: string[] = [];
  const origin = new URL(opts.url).origin;
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('request', (r) => {
    if (r.url().startsWith(origin)) requested.push(new URL(r.url()).pathname);
  });
  await page.addInitScript({ content: INSTRUMENT });
  const timeout = opts.timeout ?? 90_000;
  try {
    await page.goto(opts.url);
    await page.waitForSelector(IDLE, { timeout }).catch(() => undefined);
    const load = await page.evaluate(() => {
      const b = (window as unknown as BenchWindow).__bench;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const h1 = b.lcp.find((e) => e.tag === 'H1')?.startTime ?? NaN;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const transfer = (nav?.transferSize ?? 0) + resources.reduce((n, r) => n + r.transferSize, 0);
      return { fcp, h1, mapIdle: b.mapIdle, longtasks: [...b.longtasks], transfer };
    });
    const loadEnd = Number.isFinite(load.mapIdle) ? load.mapIdle : Infinity;

    // The tour: every step, wheel-scrolled, each waiting for its step and (when drawn) its map.
    await page.mouse.move(640, 450);
    const tourStart = await page.evaluate(() => {
      const b = (window as unknown as BenchWindow).__bench;
      b.frames = [];
      b.recording = true;
      return performance.now();
    });
    for (const step of opts.steps) {
      await wheelToStep(page, step.id);
      await page
        .waitForFunction((id) => document.querySelector('.scrolly')?.getAttribute('data-active-step') === id, step.id, {
          timeout: 10_000,
        })
        .catch(() => undefined);
      if (Number.isFinite(load.mapIdle)) {
        await page
          .waitForSelector(`[data-renderer="maplibre"][data-view="${step.view}"][data-idle="true"]`, {
            timeout: 30_000,
          })
          .catch(() => undefined);
      }
    }
    const tour = await page.evaluate(() => {
      const b = (window as unknown as BenchWindow).__bench;
      b.recording = false;
      return { frames: [...b.frames], longtasks: [...b.longtasks], end: performance.now() };
    });
    const tourTasks = tour.longtasks.filter((t) => t.startTime >= tourStart);

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

    return {
      fcp: load.fcp,
      h1Paint: load.h1,
      mapIdle: load.mapIdle,
      loadBlocking: blockingTime(load.longtasks, load.fcp, loadEnd),
      loadLongTasks: load.longtasks.filter((t) => t.startTime < loadEnd).length,
      transferBytes: load.transfer,
      frameMedian: median(tour.frames),
      frameP95: quantile(tour.frames, 0.95),
      frameMax: tour.frames.length ? Math.max(...tour.frames) : NaN,
      frames: tour.frames.length,
      tourLongTasks: tourTasks.length,
      tourBlocking: blockingTime(tourTasks),
      tourSeconds: (tour.end - tourStart) / 1000,
      heapMB: heap.usedSize / 1024 / 1024,
      requested: [...new Set(requested)],
      pageErrors,
    };
  } finally {
    await context.close();
  }
}
