/**
 * One load of a page in headless Chromium (playwright-core, the browser tests' flags), left alone
 * until its requests stop, then a tour through every step: on the story with the mouse wheel, as a
 * reader scrolls; on the bare map (bare.ts) by moving its camera to each step's view. Timings are
 * read in the page (performance.now(), relative to the navigation's start) by observers installed
 * before any of the page's own scripts run; every same-origin request is recorded with its
 * resource type, content type and whether it came before or after the first input (bytes.ts).
 */
import type { Browser, Page } from 'playwright-core';
import type { Request } from './bytes.ts';
import { blockingTime, quantile, median } from './stats.ts';
import { attribute, type Attribution, type LongFrame } from './causes.ts';
import { INSTRUMENT, type BenchWindow } from './instrument.ts';

export interface PageRun {
  /** first-contentful-paint: the headline and text are server-rendered, so this is the text. */
  fcp: number;
  /** The LCP candidate whose element is the page's h1, when the headline was one (else NaN). */
  h1Paint: number;
  /**
   * Until MapLibre reports idle with every layer and the basemap drawn: from the navigation when the
   * map came by itself, from the first scroll when it waited for the reader (mapIdleFrom).
   */
  mapIdle: number;
  mapIdleFrom: 'navigation' | 'scroll';
  /** Sum over long tasks (navigation → map idle) of their time beyond 50 ms. */
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
  /** The tour's long animation frames' blocking time by cause (causes.ts). */
  tourCauses: Attribution;
  /** The tour's long animation frames, with their scripts (causes.ts), for the report. */
  tourFrames: LongFrame[];
  /** Live JS heap after the tour and a garbage collection (CDP Runtime.getHeapUsage), MB. */
  heapMB: number;
  /** Same-origin requests, each path once (its first request). */
  requests: Request[];
  pageErrors: string[];
}

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
  /** Device pixels per CSS pixel (1 unless given). */
  deviceScaleFactor?: number;
  /** Give up on the map after this long (the tour then runs without it). */
  timeout?: number;
  /**
   * How the tour reaches a step: "scroll" wheels to the story's step; "camera" calls the bare map
   * page's window.__bare.show(view), the same camera move without the story around it.
   */
  tour?: 'scroll' | 'camera';
}

/** The bare map page's hook (bare.ts). */
interface BareWindow {
  __bare: { show(view: string): void };
}

/** How long the page must make no request to count as left alone, and the longest wait for that. */
const QUIET_MS = 1000;
const QUIET_MAX_MS = 15_000;

/** Resolves once no request has started for QUIET_MS (or after QUIET_MAX_MS). */
async function quiet(page: Page, lastRequest: () => number): Promise<void> {
  const until = Date.now() + QUIET_MAX_MS;
  while (Date.now() < until && Date.now() - lastRequest() < QUIET_MS) await page.waitForTimeout(100);
}

export async function measurePage(browser: Browser, opts: PageRunOptions): Promise<PageRun> {
  const viewport = opts.viewport ?? { width: 1280, height: 900 };
  const context = await browser.newContext({ viewport, deviceScaleFactor: opts.deviceScaleFactor });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const requests = new Map<string, Request>();
  let lastRequest = Date.now();
  let input = false;
  const origin = new URL(opts.url).origin;
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  // The context's events include the requests of the page's workers (MapLibre's worker fetches the basemap).
  context.on('request', (r) => {
    lastRequest = Date.now();
    if (!r.url().startsWith(origin)) return;
    const path = new URL(r.url()).pathname;
    if (!requests.has(path)) requests.set(path, { path, type: r.resourceType(), contentType: '', afterInput: input });
  });
  context.on('response', (r) => {
    const entry = r.url().startsWith(origin) ? requests.get(new URL(r.url()).pathname) : undefined;
    if (entry && !entry.contentType) entry.contentType = r.headers()['content-type'] ?? '';
  });
  await page.addInitScript({ content: INSTRUMENT });
  const timeout = opts.timeout ?? 90_000;
  const mode = opts.tour ?? 'scroll';
  try {
    await page.goto(opts.url);
    // Left alone: what a reader who does not scroll gets. A map that mounted by itself is waited for.
    await quiet(page, () => lastRequest);
    let scrollStart = NaN;
    if (!(await page.$('[data-renderer="maplibre"]')) && mode === 'scroll' && opts.steps.length) {
      // The map waits for the reader: scroll to the first step, as a reader approaching the map.
      input = true;
      await page.mouse.move(viewport.width / 2, viewport.height / 2);
      scrollStart = await page.evaluate(() => performance.now());
      await wheelToStep(page, opts.steps[0].id);
    }
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
    input = true;

    // The tour: every step, wheel-scrolled, each waiting for its step and (when drawn) its map.
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    const tourStart = await page.evaluate(() => {
      const b = (window as unknown as BenchWindow).__bench;
      b.frames = [];
      b.recording = true;
      return performance.now();
    });
    for (const step of opts.steps) {
      if (mode === 'camera') {
        await page.evaluate((view) => (window as unknown as BareWindow).__bare.show(view), step.view);
      } else {
        await wheelToStep(page, step.id);
        await page
          .waitForFunction(
            (id) => document.querySelector('.scrolly')?.getAttribute('data-active-step') === id,
            step.id,
            { timeout: 10_000 },
          )
          .catch(() => undefined);
      }
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
      return { frames: [...b.frames], longtasks: [...b.longtasks], frames50: [...b.frames50], end: performance.now() };
    });
    const tourTasks = tour.longtasks.filter((t) => t.startTime >= tourStart);
    const tourFrames = tour.frames50.filter((f) => f.startTime >= tourStart);

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

    return {
      fcp: load.fcp,
      h1Paint: load.h1,
      mapIdle: Number.isFinite(scrollStart) ? load.mapIdle - scrollStart : load.mapIdle,
      mapIdleFrom: Number.isFinite(scrollStart) ? 'scroll' : 'navigation',
      loadBlocking: blockingTime(load.longtasks, 0, loadEnd),
      loadLongTasks: load.longtasks.filter((t) => t.startTime < loadEnd).length,
      transferBytes: load.transfer,
      frameMedian: median(tour.frames),
      frameP95: quantile(tour.frames, 0.95),
      frameMax: tour.frames.length ? Math.max(...tour.frames) : NaN,
      frames: tour.frames.length,
      tourLongTasks: tourTasks.length,
      tourBlocking: blockingTime(tourTasks),
      tourSeconds: (tour.end - tourStart) / 1000,
      tourCauses: attribute(tourFrames),
      tourFrames,
      heapMB: heap.usedSize / 1024 / 1024,
      requests: [...requests.values()],
      pageErrors,
    };
  } finally {
    await context.close();
  }
}
