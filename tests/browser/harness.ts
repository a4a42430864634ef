/**
 * Serves the built dist/ with Vite's real preview server and drives Debian's Chromium through
 * playwright-core, with the flags PLATFORM.md measured (both from scripts/lib/, which the bench
 * and the build share). Every request the page makes is logged.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, CDPSession, Locator, Page } from 'playwright-core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/project.ts';
import { HEADERS } from '../../scripts/csp.ts';
import { launch as launchChromium, SOFTWARE_COMPOSITING } from '../../scripts/lib/chromium.ts';
import { serve, type Served } from '../../scripts/lib/serve.ts';

export type { Served };

/** The tests' Chromium: the shared flags, composited in software (SOFTWARE_COMPOSITING says why). */
export function launch(extraArgs: string[] = []): ReturnType<typeof launchChromium> {
  return launchChromium([SOFTWARE_COMPOSITING, ...extraArgs]);
}

/**
 * Serves the dist/ of `root` (the project; or a built copy, see fixture-site.ts) on a free loopback
 * port with the story's Content-Security-Policy and the content types of `npm run preview`
 * (scripts/lib/serve.ts), so every browser test runs under them (CSP violations show as console
 * errors). The build must exist (npm test builds the project's).
 */
export function serveDist(headers: Record<string, string> = { ...HEADERS }, base = '/', root = ROOT): Promise<Served> {
  return serve(root, { headers, base });
}

/** What a page did: requests, console errors, uncaught errors. */
export interface PageLog {
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

export function watch(page: Page): PageLog {
  const log: PageLog = { requests: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  return log;
}

/** Requests that left the page's origin (data: and blob: URLs stay in the page). */
export function foreignRequests(log: PageLog, origin: string): string[] {
  return log.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

export async function newPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; log: PageLog }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  return { context, page, log: watch(page) };
}

/**
 * What a reader does before the live map loads on the story page (src/lib/map/demand.ts): here a
 * key press that moves nothing (Shift). Tests that are not about when the map loads call it first.
 */
export async function engage(page: Page): Promise<void> {
  await page.keyboard.press('Shift');
}

/**
 * The page's text: every text node of the body but scripts' (the islands' props are data, not
 * text). Not innerText: the sections after the story are laid out only as the reader nears them
 * (content-visibility), and innerText leaves out what is not laid out yet, though it is in the page.
 */
export function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (!n.parentElement?.closest('script, style, template')) out.push(n.textContent ?? '');
    return out.join('');
  });
}

/**
 * Brings an element of an island into view, as a reader scrolling to it would, and waits until its
 * island has hydrated (src/lib/islands/islands.ts: within a screen of the viewport).
 */
export async function whenHydrated(locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  await expect
    .poll(() => locator.evaluate((el) => el.closest<HTMLElement>('[data-island]')?.dataset.hydrated ?? 'no island'))
    .toBe('true');
}

/** Has the reader engage (above), then waits until MapLibre has drawn the given view with every layer and the basemap loaded. */
export async function waitForGlIdle(page: Page, view: string): Promise<void> {
  await engage(page);
  await page.waitForSelector(`[data-renderer="maplibre"][data-view="${view}"][data-idle="true"]`, {
    timeout: 60_000,
  });
}

/** Run in the page over every live object: the MapLibre map whose container is the story map's. */
function findStoryMap(this: unknown[]): unknown {
  return (
    this.find((o) => {
      try {
        const m = o as MapLibreMap;
        return typeof m.queryRenderedFeatures === 'function' && !!m.getContainer()?.matches('.gl-map');
      } catch {
        return false;
      }
    }) ?? null
  );
}

/** Per page: a DevTools session and its handle on the story map, found once (the heap walk is slow). */
const glMaps = new WeakMap<Page, Promise<{ cdp: CDPSession; objectId: string }>>();

async function findGlMap(page: Page): Promise<{ cdp: CDPSession; objectId: string }> {
  const cdp = await page.context().newCDPSession(page);
  const search = 'ask-gl-map-search';
  try {
    const { result: proto } = await cdp.send('Runtime.evaluate', {
      expression: 'Object.prototype',
      objectGroup: search,
    });
    const { objects } = await cdp.send('Runtime.queryObjects', {
      prototypeObjectId: proto.objectId!,
      objectGroup: search,
    });
    const found = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId!,
      functionDeclaration: findStoryMap.toString(),
      objectGroup: 'ask-gl-map',
    });
    if (!found.result.objectId) throw new Error('askGlMap: the page holds no MapLibre map in .gl-map');
    return { cdp, objectId: found.result.objectId };
  } catch (e) {
    await cdp.detach();
    throw e;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: search }).catch(() => {});
  }
}

/**
 * Asks the page's own MapLibre map a question and returns the answer. `ask(map, arg)` runs in the
 * page on the real map instance; as with page.evaluate it is sent as source text, so it sees only
 * its arguments, and its answer must be JSON. The page does not expose its map, so it is found
 * the way the DevTools console's queryObjects() finds objects (the protocol's Runtime.queryObjects):
 * among the page's live objects, the map whose container is the story map's `.gl-map`. It is found
 * once per page and asked again through the same handle while its container is in the page (a map
 * made anew, as after a lost context, is found anew). For reading what the map holds and draws
 * (getLayer, getPaintProperty, queryRenderedFeatures), not changing it.
 */
export async function askGlMap<A, R>(
  page: Page,
  ask: (map: MapLibreMap, arg: A) => R,
  arg: A,
  retry = true,
): Promise<R> {
  let handle = glMaps.get(page);
  if (!handle) glMaps.set(page, (handle = findGlMap(page)));
  let found: { cdp: CDPSession; objectId: string };
  try {
    found = await handle;
  } catch (e) {
    glMaps.delete(page);
    throw e;
  }
  const forget = async () => {
    glMaps.delete(page);
    await found.cdp.detach().catch(() => {});
  };
  // The handle dies with its page's document (a navigation): the map is then found anew, once.
  const answer = await found.cdp
    .send('Runtime.callFunctionOn', {
      objectId: found.objectId,
      functionDeclaration: `function (arg) {
      if (!this.getContainer()?.isConnected) return { stale: true };
      return Promise.resolve((${ask.toString()})(this, arg)).then((value) => ({ value }));
    }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    })
    .catch(async (e: Error) => {
      await forget();
      if (retry) return null;
      throw e;
    });
  if (!answer) return askGlMap(page, ask, arg, false);
  if (answer.exceptionDetails) {
    throw new Error(`askGlMap: ${answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text}`);
  }
  const result = answer.result.value as { stale: true } | { value: R };
  if ('stale' in result) {
    await forget();
    if (retry) return askGlMap(page, ask, arg, false);
    throw new Error('askGlMap: the story map left the page as it was asked');
  }
  return result.value;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * What a walk through the steps gives axe at a step after its first check: the page less the
 * sections after the story (`.after`: the other charts, timeline, sources, method), which no step
 * changes. A walk checks the whole page once, and the story at every step.
 */
export const STEP_SCOPE = { exclude: [['.after']] };

/**
 * Runs axe-core (from the npm package) in the page, on the whole document or on `scope` (axe's
 * context: include and exclude selectors), and returns its violations. axe is evaluated through
 * the DevTools protocol, which the page's Content-Security-Policy does not govern, so the page
 * keeps its real policy while it is checked.
 */
export async function axeViolations(page: Page, scope?: { exclude: string[][] }): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  }
  const violations = await page.evaluate(async (scope) => {
    const w = window as unknown as {
      axe: { run: (ctx: Document | object, opts: object) => Promise<{ violations: unknown[] }> };
    };
    // The sections the page renders only as the reader nears them (content-visibility: auto) are
    // rendered for the check, as a reader reaching them sees them. Left skipped, what axe read of
    // their colours depended on how near the scroll had brought them: twice in a full run it
    // failed every text after the story in the dark theme on contrast, which no reader sees there.
    // Those the scope leaves out stay as they are.
    const out = (el: Element) => scope?.exclude.some(([selector]) => el.closest(selector)) ?? false;
    const skipped = [...document.querySelectorAll<HTMLElement>('body *')].filter(
      (el) => getComputedStyle(el).contentVisibility === 'auto' && !out(el),
    );
    for (const el of skipped) el.style.contentVisibility = 'visible';
    try {
      const result = await w.axe.run(scope ?? document, { resultTypes: ['violations'] });
      return result.violations as AxeViolation[];
    } finally {
      for (const el of skipped) el.style.contentVisibility = '';
    }
  }, scope);
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Serves dist/ (with the CSP) and launches Chromium for the enclosing describe block, closing both
 * after it. Returns live getters, valid inside tests. `root` names the project whose dist/ is
 * served, read when the block starts (the fixture site's copy exists only by then).
 */
export function useBrowser(
  extraArgs: string[] = [],
  root: () => string = () => ROOT,
): {
  readonly browser: Browser;
  readonly served: Served;
  readonly origin: string;
} {
  const live: { browser?: Browser; served?: Served } = {};
  beforeAll(async () => {
    live.served = await serveDist(undefined, undefined, root());
    live.browser = await launch(extraArgs);
  });
  afterAll(async () => {
    await live.browser?.close();
    await live.served?.close();
  });
  return {
    get browser() {
      if (!live.browser) throw new Error('useBrowser: the browser is available inside tests only');
      return live.browser;
    },
    get served() {
      if (!live.served) throw new Error('useBrowser: the server is available inside tests only');
      return live.served;
    },
    get origin() {
      return this.served.url.replace(/\/$/, '');
    },
  };
}

/** Waits until the page's layout stops moving (same height over two checks 150 ms apart), e.g. after a resize. */
export async function settle(page: Page): Promise<void> {
  let last = -1;
  await expect
    .poll(async () => {
      await page.waitForTimeout(150);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const same = height === last;
      last = height;
      return same;
    })
    .toBe(true);
}

/**
 * Scrolls a step's middle to the middle of the viewport, as a reader would, and waits until it is
 * active. Layout can still move after a resize (charts re-lay themselves out at the new width), so
 * each check re-centres the step first, as a reader would.
 */
export async function scrollToStep(page: Page, id: string): Promise<void> {
  await expect
    .poll(async () => {
      await page.evaluate((id) => {
        const el = document.querySelector(`[data-step="${id}"]`)!;
        const r = el.getBoundingClientRect();
        scrollBy(0, r.top + Math.min(r.height, innerHeight) / 2 - innerHeight * 0.5);
      }, id);
      return page.getAttribute('.scrolly', 'data-active-step');
    })
    .toBe(id);
}
