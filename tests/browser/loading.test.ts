/**
 * Text first, map when needed (src/lib/map/demand.ts, src/lib/islands): on a phone and a desktop,
 * a reader who only reads the opening never downloads MapLibre, its worker or its label fonts;
 * scrolling to the story, or stepping from the keyboard, loads them and MapLibre draws the map.
 * Under Save-Data the SVG map stays until the reader asks. The page's scripts carry no ledger
 * quote, and the static text is outside every island. Request counts, never timings.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { askGlMap, newPage, scrollToStep, useBrowser, type PageLog } from './harness.ts';
import { loadContent } from '../../scripts/lib/load.ts';

const { ledger, story, scenes } = loadContent();
const first = story.steps[0];

const SIZES = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 } },
} as const;

/** The map's own downloads: the engine chunk, its worker, its label fonts. */
const MAP_ASSET = /\/assets\/map-engine-[^/]+\.js$|maplibre-gl-worker[^/]*\.mjs$|\/fonts\/map\//;
const mapRequests = (log: PageLog) => log.requests.filter((u) => MAP_ASSET.test(u));

/** Loads the page and waits until it has gone quiet: hydrated, and no request for a while. */
async function openAndIdle(page: Page, log: PageLog, url: string) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  let seen = -1;
  await expect
    .poll(async () => {
      await page.waitForTimeout(700);
      const same = log.requests.length === seen;
      seen = log.requests.length;
      return same;
    })
    .toBe(true);
}

async function expectLiveMapDrawn(page: Page, log: PageLog) {
  await page.waitForSelector('figure.story-map[data-renderer="maplibre"] .gl-map[data-idle="true"]', {
    timeout: 60_000,
  });
  // Drawn: the SVG picture that covered it until then is gone.
  await expect.poll(() => page.locator('svg[data-role="placeholder"]').count()).toBe(0);
  const got = mapRequests(log).join('\n');
  expect(got).toMatch(/map-engine-/);
  expect(got).toMatch(/maplibre-gl-worker/);
  expect(got).toMatch(/fonts\/map\/faces\.json/);
}

describe('the live map loads when the reader reaches it', () => {
  const env = useBrowser();

  it.each(Object.keys(SIZES))('%s: not before the reader moves; after a scroll, requested and drawn', async (size) => {
    const { context, page, log } = await newPage(env.browser, SIZES[size as keyof typeof SIZES]);
    await openAndIdle(page, log, env.served.url);
    expect(mapRequests(log)).toEqual([]);
    expect(await page.getAttribute('figure.story-map', 'data-renderer')).toBe('placeholder');
    // The map at load is the SVG map of the first step's scene.
    expect(await page.getAttribute('svg[data-role="placeholder"]', 'data-view')).toBe(first.view);

    await page.mouse.move(100, 100);
    await page.mouse.wheel(0, 400);
    await scrollToStep(page, first.id);
    await expectLiveMapDrawn(page, log);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it('takes over from the SVG map with the same camera: every place where the SVG map drew it', async () => {
    const { context, page, log } = await newPage(env.browser, { ...SIZES.desktop, reducedMotion: 'reduce' });
    await openAndIdle(page, log, env.served.url);
    await page.locator('figure.story-map .frame').scrollIntoViewIfNeeded();
    // Where the SVG map at load draws each place's dot, in the map frame's pixels.
    const svg = await page.evaluate(() => {
      const frame = document.querySelector('figure.story-map .frame')!.getBoundingClientRect();
      return Object.fromEntries(
        [...document.querySelectorAll('svg[data-role="placeholder"] [data-place]')].flatMap((g) => {
          const dot = g.querySelector('circle');
          if (!dot) return [];
          const r = dot.getBoundingClientRect();
          return [[g.getAttribute('data-place'), [r.x + r.width / 2 - frame.x, r.y + r.height / 2 - frame.y]]];
        }),
      ) as Record<string, [number, number]>;
    });
    const places = scenes.steps[first.id].places.filter((p) => p.dot && svg[p.id]);
    expect(places.length).toBeGreaterThan(1);
    await scrollToStep(page, first.id);
    await expectLiveMapDrawn(page, log);
    const gl = await askGlMap(
      page,
      (map, at) => at.map(([lon, lat]) => map.project([lon, lat])).map((p) => [p.x, p.y]),
      places.map((p) => p.at),
    );
    places.forEach((p, i) => {
      expect(Math.abs(gl[i][0] - svg[p.id][0]), `${p.id} x`).toBeLessThan(3);
      expect(Math.abs(gl[i][1] - svg[p.id][1]), `${p.id} y`).toBeLessThan(3);
    });
    await context.close();
  });

  it('a keyboard step loads it too', async () => {
    const { context, page, log } = await newPage(env.browser, SIZES.desktop);
    await openAndIdle(page, log, env.served.url);
    expect(mapRequests(log)).toEqual([]);
    await page.focus(`[data-step="${first.id}"]`);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getAttribute('.scrolly', 'data-active-step')).toBe(story.steps[1].id);
    await expectLiveMapDrawn(page, log);
    await context.close();
  });

  it('under Save-Data the SVG map stays, with a button that loads the live map', async () => {
    const { context, page, log } = await newPage(env.browser, SIZES.phone);
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '4g' } });
    });
    await openAndIdle(page, log, env.served.url);
    await page.mouse.wheel(0, 400);
    await scrollToStep(page, story.steps[1].id);
    await page.waitForTimeout(1500);
    expect(mapRequests(log)).toEqual([]);
    expect(await page.getAttribute('figure.story-map', 'data-renderer')).toBe('placeholder');
    // The SVG map still follows the story.
    expect(await page.getAttribute('svg[data-role="placeholder"]', 'data-view')).toBe(story.steps[1].view);
    const button = page.locator('[data-role="load-map"]');
    const box = (await button.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    await button.click();
    await expectLiveMapDrawn(page, log);
    await context.close();
  });
});

describe('islands: the static text is HTML, the scripts carry no ledger', () => {
  const env = useBrowser();

  it.each(Object.keys(SIZES))('%s: no island code is requested before the text is on screen', async (size) => {
    const { context, page, log } = await newPage(env.browser, SIZES[size as keyof typeof SIZES]);
    await openAndIdle(page, log, env.served.url);
    const { fcp, late } = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const islandCode = /\/assets\/(islands|svelte|island-[a-z-]+)-[^/]+\.(js|json)$/;
      const resources = performance.getEntriesByType('resource').filter((r) => islandCode.test(r.name));
      return {
        fcp: paint?.startTime ?? NaN,
        late: resources.map((r) => ({ name: r.name.replace(/^.*\/assets\//, ''), start: r.startTime })),
      };
    });
    expect(fcp).toBeGreaterThan(0);
    // The runtime, the island loader, the scroller and the packed props all come after the paint.
    expect(late.map((r) => r.name).join(' ')).toMatch(/svelte-.*island-scroller-/s);
    for (const r of late) expect(r.start, r.name).toBeGreaterThanOrEqual(fcp);
    await context.close();
  });

  it('no quote of the ledger is in any script the page loads, and the text is outside the islands', async () => {
    const { context, page, log } = await newPage(env.browser, SIZES.phone);
    const scripts: string[] = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script') scripts.push(await r.text().catch(() => ''));
    });
    await openAndIdle(page, log, env.served.url);
    await page.mouse.wheel(0, 400);
    await scrollToStep(page, story.steps.at(-1)!.id);
    await page.waitForTimeout(1000);
    expect(scripts.length).toBeGreaterThan(2);
    const long = ledger.claims.map((c) => c.quote).filter((q) => q.length > 20);
    expect(long.length).toBeGreaterThan(0);
    for (const quote of long) for (const js of scripts) expect(js.includes(quote), quote).toBe(false);

    const islands = await page.$$eval('[data-island]', (els) => els.map((e) => (e as HTMLElement).dataset.island));
    expect(new Set(islands)).toEqual(new Set(['scroller', 'map', 'chart', 'timeline', 'reader', 'embed-panel']));
    // The headline, the intro, the steps' copy and the source panels are in no island.
    for (const selector of ['h1', '#story-text p', '[data-step] .card > p', '.panels']) {
      const inIsland = await page.$$eval(selector, (els) => els.some((e) => !!e.closest('[data-island]')));
      expect(inIsland, selector).toBe(false);
    }
    await context.close();
  });
});
