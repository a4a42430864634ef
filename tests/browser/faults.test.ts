/**
 * Fault injection against the built site in headless Chromium: no WebGL, a WebGL context lost
 * mid-scroll or refused to the map, each part of MapLibre failing in turn (its chunk, its
 * stylesheet, its worker), the basemap missing or corrupt, the label fonts missing, a slow network.
 * In every case the text and every quoted figure stay readable, the map falls back (SVG) or
 * degrades (no land, system-font labels) and says so where a reader would miss something, and
 * nothing throws. The story page and the map embeds are tested alike.
 */
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/project.ts';
import { newPage, pageText, scrollToStep, useBrowser, waitForGlIdle, type PageLog, engage } from './harness.ts';
import { loadContent } from '../../scripts/lib/load.ts';
import type { Scene } from '../../src/lib/scene/types.ts';

const { ledger, story, scenes } = loadContent();
const { steps } = story;
const DESKTOP = { viewport: { width: 1280, height: 900 }, colorScheme: 'light' } as const;
const BASEMAP = '**/geo/countries.json';
/** MapLibre and GlMap are one chunk, the map engine, loaded when the reader reaches the map; the worker is its own file. */
const CHUNK = '**/assets/map-engine-*.js';
const STYLESHEET = '**/assets/map-engine-*.css';
const WORKER = '**/assets/maplibre-gl-worker-*.mjs';
const MAP_VIEWS = ledger.views.map((v) => v.id);

/** Each part of MapLibre failing in turn, as a host or a network can make it fail. */
const MAPLIBRE_PARTS: [string, string, (route: Route) => Promise<void>, RegExp][] = [
  ['its chunk answers 404', CHUNK, (r) => r.fulfill({ status: 404, body: 'Not Found' }), /map library failed to load/],
  ['its stylesheet answers 404', STYLESHEET, (r) => r.fulfill({ status: 404, body: '' }), /map library failed/],
  ['its worker answers 404', WORKER, (r) => r.fulfill({ status: 404, body: 'Not Found' }), /Worker failed to load/],
  ['its worker download breaks off', WORKER, (r) => r.abort('connectionreset'), /Worker failed to load/],
  [
    "its worker is the host's HTML error page",
    WORKER,
    (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Page not found</p>' }),
    /Worker failed to load/,
  ],
];

/**
 * The map embeds: each part of MapLibre failing once, and each view's embed at least once, the
 * cases taking the views in turn (how a part fails is one code path whatever the view; each view's
 * embed is its own page).
 */
const EMBED_CASES = Array.from({ length: Math.max(MAPLIBRE_PARTS.length, MAP_VIEWS.length) }, (_, i) => {
  const [name, url, fault, reason] = MAPLIBRE_PARTS[i % MAPLIBRE_PARTS.length];
  return { name, url, fault, reason, view: MAP_VIEWS[i % MAP_VIEWS.length] };
});

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every claim the build published, as a reader must be able to read it. */
function publishedQuotes(): { id: string; quote: string }[] {
  return JSON.parse(readFileSync(join(ROOT, 'dist/claims.json'), 'utf8')) as { id: string; quote: string }[];
}

/** The headline is on screen and every published quote is in the page's text (harness.ts pageText). */
async function expectReadable(page: Page) {
  await expect(page.locator('h1').isVisible()).resolves.toBe(true);
  const text = squash(await pageText(page));
  const missing = publishedQuotes().filter((c) => !text.includes(squash(c.quote)));
  expect(missing.map((c) => c.id)).toEqual([]);
}

/**
 * The places a scene's map must name: its story places inside the view (placement.ts always draws
 * them; a context place can give way to them, and a place outside the view is not drawn).
 */
function namedPlaces(scene: Scene) {
  const [[w, s], [e, n]] = scene.view.bounds;
  return scene.places.filter((p) => p.role === 'story' && p.at[0] >= w && p.at[0] <= e && p.at[1] >= s && p.at[1] <= n);
}

function expectNoUncaught(log: PageLog) {
  expect(log.pageErrors).toEqual([]);
}

/**
 * The SVG map has taken over from MapLibre: visible, with the view's places and the basemap,
 * the reason recorded, and the note that tells the reader.
 */
async function expectSvgFallback(page: Page, scene: Scene, reason: RegExp) {
  await page.waitForSelector('figure[data-renderer="svg"] svg[data-role="fallback"] .land path');
  expect(await page.getAttribute('figure.story-map', 'data-failure')).toMatch(reason);
  const svg = page.locator('svg[data-role="fallback"]');
  expect(await svg.isVisible()).toBe(true);
  expect(await svg.getAttribute('data-view')).toBe(scene.view.id);
  for (const place of namedPlaces(scene)) {
    const label = svg.locator(`[data-place="${place.id}"] text`);
    expect(await label.isVisible(), place.id).toBe(true);
    expect((await label.textContent())!.toLowerCase(), place.id).toBe(place.name.toLowerCase());
  }
  const note = page.locator('[data-role="fallback-note"]');
  expect(await note.isVisible()).toBe(true);
  expect(await note.textContent()).toMatch(/could not be shown/);
  expect(await page.locator('.gl-map').count()).toBe(0);
}

/** The SVG fallback map shows the step's view, and the figure says so too. */
async function expectSvgFollows(page: Page, view: string) {
  await expect.poll(() => page.getAttribute('figure.story-map', 'data-view')).toBe(view);
  await expect.poll(() => page.getAttribute('svg[data-role="fallback"]', 'data-view')).toBe(view);
}

describe('faults with WebGL2 available', () => {
  const env = useBrowser();

  it('context lost mid-scroll: the SVG map takes over and keeps following the steps', async () => {
    const { context, page, log } = await newPage(env.browser, DESKTOP);
    await page.goto(env.served.url);
    await engage(page);
    await waitForGlIdle(page, steps[0].view);
    const middle = Math.floor(steps.length / 2);
    for (let i = 1; i <= middle; i++) await scrollToStep(page, steps[i].id);
    // Lose the context while the camera may still be flying to the middle step's view.
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.gl-map canvas')!;
      canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext();
    });
    await page.waitForSelector('figure[data-renderer="svg"] svg[data-role="fallback"]');
    expect(await page.getAttribute('figure.story-map', 'data-failure')).toBe('WebGL context lost');
    await expectSvgFollows(page, steps[middle].view);
    for (const i of [...steps.keys()].slice(middle + 1)) {
      await scrollToStep(page, steps[i].id);
      await expectSvgFollows(page, steps[i].view);
    }
    for (const i of [...steps.keys()].slice(0, middle).reverse()) {
      await scrollToStep(page, steps[i].id);
      await expectSvgFollows(page, steps[i].view);
    }
    await page.waitForSelector('svg[data-role="fallback"] .land path');
    expect(await page.locator('.gl-map').count()).toBe(0);
    await expectReadable(page);
    expectNoUncaught(log);
    await context.close();
  });

  it.each(MAPLIBRE_PARTS)(
    'MapLibre fails (%s): the story page shows the SVG map and says so',
    async (_, url, fault, reason) => {
      const { context, page, log } = await newPage(env.browser, { ...DESKTOP, reducedMotion: 'reduce' });
      const hits: string[] = [];
      await page.route(url, (route) => {
        hits.push(route.request().url());
        return fault(route);
      });
      await page.goto(env.served.url);
      await engage(page);
      await expectSvgFallback(page, scenes.steps[steps[0].id], reason);
      expect(hits.length).toBeGreaterThan(0);
      await scrollToStep(page, steps[1].id);
      await expectSvgFollows(page, steps[1].view);
      await expectReadable(page);
      expectNoUncaught(log);
      await context.close();
    },
  );

  it.each(EMBED_CASES)(
    'MapLibre fails ($name) in the map embed of $view: the SVG map and its note',
    async ({ url, fault, reason, view }) => {
      const { context, page, log } = await newPage(env.browser, { ...DESKTOP, reducedMotion: 'reduce' });
      const hits: string[] = [];
      await page.route(url, (route) => {
        hits.push(route.request().url());
        return fault(route);
      });
      await page.goto(`${env.served.url}embed/map-${view}.html`);
      await engage(page);
      await expectSvgFallback(page, scenes.views[view], reason);
      expect(hits.length).toBeGreaterThan(0);
      expectNoUncaught(log);
      await context.close();
    },
  );

  it("the GPU refuses the map's canvas a context (the probe got one): the SVG map and its note", async () => {
    const { context, page, log } = await newPage(env.browser, DESKTOP);
    // As with a blocklisted GPU or a page already holding too many contexts: MapLibre's own
    // canvas gets no WebGL context, while the page's one-off probe did.
    await page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: [string, unknown?]) {
        if (this.classList.contains('maplibregl-canvas') && args[0].startsWith('webgl')) return null;
        return getContext.apply(this, args as Parameters<typeof getContext>);
      } as typeof getContext;
    });
    await page.goto(env.served.url);
    await engage(page);
    await expectSvgFallback(page, scenes.steps[steps[0].id], /WebGL/);
    await expectReadable(page);
    expectNoUncaught(log);
    await context.close();
  });

  it('a worker that loads but never answers: the SVG map stays over the undrawn MapLibre map', async () => {
    const { context, page, log } = await newPage(env.browser, { ...DESKTOP, reducedMotion: 'reduce' });
    let served = false;
    await page.route(WORKER, (route) => {
      served = true;
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: '// answers nothing\n' });
    });
    await page.goto(env.served.url);
    await engage(page);
    await page.waitForSelector('figure[data-renderer="maplibre"] .gl-map canvas');
    await expect.poll(() => served).toBe(true);
    // There is no signal to wait for: give the map the time it takes to draw here when its worker
    // answers (about two seconds), then check that the reader still sees a map, not a blank.
    await page.waitForTimeout(4000);
    expect(await page.getAttribute('.gl-map', 'data-idle')).toBe('false');
    await page.locator('figure.story-map .frame').scrollIntoViewIfNeeded();
    // What a reader sees at the middle of the map: the SVG picture, not the empty canvas under it.
    const cover = await page.evaluate(() => {
      const r = document.querySelector('figure.story-map .frame')!.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('svg')?.dataset.role;
    });
    expect(cover).toBe('placeholder');
    for (const place of namedPlaces(scenes.steps[steps[0].id])) {
      expect(await page.locator(`svg[data-role="placeholder"] [data-place="${place.id}"] text`).isVisible()).toBe(true);
    }
    await expectReadable(page);
    expectNoUncaught(log);
    await context.close();
  });

  it.each([
    ['404', { status: 404, contentType: 'text/plain', body: 'Not Found' }],
    ['corrupt', { status: 200, contentType: 'application/json', body: '{"type":"FeatureCollection","features":[{"ty' }],
  ])('basemap %s: MapLibre draws the map without land and says so', async (_, response) => {
    const { context, page, log } = await newPage(env.browser, { ...DESKTOP, reducedMotion: 'reduce' });
    await page.route(BASEMAP, (route) => route.fulfill(response));
    await page.goto(env.served.url);
    await engage(page);
    await waitForGlIdle(page, steps[0].view);
    expect(await page.getAttribute('figure.story-map', 'data-renderer')).toBe('maplibre');
    await expect
      .poll(() => page.getAttribute('figure.story-map', 'data-basemap-error'))
      .toMatch(/^basemap unavailable/);
    expect(await page.locator('[data-role="basemap-note"]').isVisible()).toBe(true);
    // The story still moves the map: the next step's view is drawn and idles.
    await scrollToStep(page, steps[1].id);
    await waitForGlIdle(page, steps[1].view);
    await expectReadable(page);
    expectNoUncaught(log);
    await context.close();
  });

  it('label fonts 404: the map still idles (labels in a local font) and the text is whole', async () => {
    const { context, page, log } = await newPage(env.browser, { ...DESKTOP, reducedMotion: 'reduce' });
    const fonts: string[] = [];
    await page.route('**/*.woff2', (route) => {
      fonts.push(route.request().url());
      return route.fulfill({ status: 404, body: '' });
    });
    await page.goto(`${env.served.url}?view=overview`);
    await engage(page);
    await waitForGlIdle(page, 'overview');
    expect(fonts.length).toBeGreaterThan(0);
    expect(await page.getAttribute('figure.story-map', 'data-renderer')).toBe('maplibre');
    await expectReadable(page);
    expectNoUncaught(log);
    await context.close();
  });

  it('throttled network (400 kbit/s, 400 ms RTT): text first, then the map', async () => {
    const { context, page, log } = await newPage(env.browser, { ...DESKTOP, reducedMotion: 'reduce' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: (400 * 1000) / 8,
      uploadThroughput: (400 * 1000) / 8,
    });
    await page.goto(env.served.url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    // The prerendered HTML carries the whole text: readable before the map library arrives.
    await expectReadable(page);
    expect(await page.getAttribute('figure.story-map', 'data-renderer')).not.toBe('maplibre');
    await engage(page);
    await page.waitForSelector('[data-renderer="maplibre"][data-idle="true"]', { timeout: 90_000 });
    expectNoUncaught(log);
    await context.close();
  });
});

describe('faults without WebGL2', () => {
  const env = useBrowser(['--disable-gpu', '--disable-software-rasterizer']);

  it('WebGL unavailable: the SVG map with land follows every step', async () => {
    const { context, page, log } = await newPage(env.browser, DESKTOP);
    await page.goto(env.served.url);
    await engage(page);
    await page.waitForSelector('figure[data-renderer="svg"] svg[data-role="fallback"] .land path');
    expect(await page.getAttribute('figure.story-map', 'data-failure')).toBe('WebGL2 is not available');
    for (const step of steps) {
      await scrollToStep(page, step.id);
      await expectSvgFollows(page, step.view);
    }
    await expectReadable(page);
    expectNoUncaught(log);
    await context.close();
  });

  it('WebGL unavailable and the basemap 404: an SVG map without land that says so', async () => {
    const { context, page, log } = await newPage(env.browser, DESKTOP);
    await page.route(BASEMAP, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await page.goto(env.served.url);
    await engage(page);
    await page.waitForSelector('figure[data-renderer="svg"] svg[data-role="fallback"]');
    await expect
      .poll(() => page.getAttribute('figure.story-map', 'data-basemap-error'))
      .toBe('basemap unavailable (HTTP 404)');
    expect(await page.locator('svg[data-role="fallback"] .land path').count()).toBe(0);
    expect(await page.locator('[data-role="basemap-note"]').isVisible()).toBe(true);
    await scrollToStep(page, steps[1].id);
    await expectSvgFollows(page, steps[1].view);
    await expectReadable(page);
    expectNoUncaught(log);
    await context.close();
  });
});
