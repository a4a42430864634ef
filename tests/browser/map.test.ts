/**
 * The map as readers get it, in real headless Chromium. Render tests run on the site built from
 * the fixture project (fixture-site.ts): MapLibre on SwiftShader WebGL2 at each of the fixture's
 * named views, and the SVG map without WebGL2, compared with images a person has looked at. On the
 * real site, only what stays true whatever sources data/ holds: the canvas stays out of the tab
 * order and lets the page scroll, MapLibre loads after the text, and a lost context hands over to
 * the SVG map. What the real map holds and draws at every step of the story (its flows and places,
 * its description with the ledger's figures) is asked on story.test.ts's walk (step-map.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/project.ts';
import { loadContent } from '../../scripts/lib/load.ts';
import { foreignRequests, newPage, waitForGlIdle, type PageLog, useBrowser, engage } from './harness.ts';
import { useFixtureSite } from './fixture-site.ts';
import { compareWithExpected } from './snapshot.ts';

const DESKTOP = { viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' } as const;
const NO_WEBGL = ['--disable-gpu', '--disable-software-rasterizer'];

function expectClean(log: PageLog, origin: string) {
  expect(log.pageErrors).toEqual([]);
  expect(log.consoleErrors).toEqual([]);
  expect(foreignRequests(log, origin)).toEqual([]);
}

// Built once for this file: the fixture's content, so that no source added to data/ moves a pixel.
const site = useFixtureSite();
const fx = site.content.ledger;

describe('render tests on the fixture site: MapLibre (SwiftShader WebGL2)', () => {
  const env = useBrowser([], () => site.dir);

  it.each(fx.views.map((v) => v.id))('renders the fixture view %s like its expected image', async (view) => {
    const { context, page, log } = await newPage(env.browser, DESKTOP);
    await page.goto(`${env.served.url}?view=${view}`);
    await engage(page);
    await waitForGlIdle(page, view);
    // Drawn: the SVG picture that covered MapLibre while it loaded is gone.
    expect(await page.locator('.story-map svg.svg-map').count()).toBe(0);
    const shot = await page.locator('.story-map .frame').screenshot();
    const result = compareWithExpected(`fixture-map-${view}`, shot);
    expect(result.ratio, `differs from expected; see ${result.written}`).toBeLessThanOrEqual(0.01);
    expectClean(log, env.origin);
    // Fetched once: the basemap is never downloaded (or parsed) twice.
    expect(log.requests.filter((u) => u.endsWith('/geo/countries.json'))).toHaveLength(1);
    // The label fonts, cut to the labels' glyphs (scripts/lib/map-fonts.ts).
    expect(log.requests.some((u) => /\/fonts\/map\/bold-\d+\.woff2$/.test(u))).toBe(true);
    await context.close();
  });
});

describe('render test on the fixture site: the SVG map without WebGL2', () => {
  const env = useBrowser(NO_WEBGL, () => site.dir);
  const view = fx.views[0].id;

  it(`draws the fixture view ${view}: land, its places, every flow with its band, comb and arrows`, async () => {
    const state = site.content.scenes.views[view];
    const { context, page, log } = await newPage(env.browser, DESKTOP);
    await page.goto(`${env.served.url}?view=${view}`);
    await engage(page);
    const svg = page.locator('svg[data-renderer="svg"][data-role="fallback"]');
    await svg.waitFor();
    expect(await page.getAttribute('figure.story-map', 'data-failure')).toBe('WebGL2 is not available');
    await page.waitForSelector('svg[data-role="fallback"] .land path');
    expect(await svg.locator('.land path').count()).toBeGreaterThan(50);
    const labels = await svg.locator('.places text').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(state.places.filter((p) => p.role === 'story').map((p) => p.text)));
    // Countries are named, and Crimea is hatched (the fixture moves it too).
    expect(await svg.locator('.countries text').count()).toBeGreaterThan(0);
    expect(await svg.locator('.parts path').count()).toBe(1);
    for (const { visual: f } of state.flows) {
      expect(await svg.locator(`[data-flow="${f.id}"] path`).count(), f.id).toBeGreaterThan(1);
      if (f.scaled) {
        const bars = await svg.locator(`[data-flow="${f.id}"] .band-ticks line`).count();
        expect(bars, `${f.id}: a bar per distinct estimate`).toBeGreaterThanOrEqual(f.estimates?.ticks.length ?? 0);
      }
    }
    // No maplibre download at all when WebGL2 is missing.
    expect(log.requests.some((u) => /map-engine-|maplibre-gl-worker/.test(u))).toBe(false);
    expect(log.pageErrors).toEqual([]);
    expect(foreignRequests(log, env.origin)).toEqual([]);
    const shot = await page.locator('.story-map .frame').screenshot();
    const result = compareWithExpected(`fixture-map-svg-${view}`, shot);
    expect(result.ratio, `differs from expected; see ${result.written}`).toBeLessThanOrEqual(0.01);
    await context.close();
  });
});

// The real site from here on: ids, places and figures are read from data/, never typed, and no
// pixel is compared, so a source added by the README's steps keeps these green.
const { ledger } = loadContent();
const firstView = ledger.views[0];

describe('the real map with WebGL2', () => {
  const env = useBrowser();

  it('keeps the canvas and everything in the map out of the tab order', async () => {
    const { context, page } = await newPage(env.browser, DESKTOP);
    await page.goto(`${env.served.url}?view=${firstView.id}`);
    await engage(page);
    await waitForGlIdle(page, firstView.id);
    const canvasTabIndex = await page.locator('.gl-map canvas').evaluate((c: HTMLCanvasElement) => c.tabIndex);
    expect(canvasTabIndex).toBeLessThan(0);
    // Tabbing through the steps never enters the map: nothing inside the graphic takes focus.
    await page.locator('[data-step]').first().focus();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      const inMap = await page.evaluate(() => !!document.activeElement?.closest('.story-map .frame'));
      expect(inMap).toBe(false);
    }
    expect(await page.locator('.story-map .frame :is(a, button, [tabindex]:not([tabindex="-1"]))').count()).toBe(0);
    await context.close();
  });

  it('lets the page scroll over the map: wheel on desktop, a touch swipe on a phone', async () => {
    const desktop = await newPage(env.browser, DESKTOP);
    await desktop.page.goto(`${env.served.url}?view=${firstView.id}`);
    await waitForGlIdle(desktop.page, firstView.id);
    await desktop.page.locator('.story-map .frame').scrollIntoViewIfNeeded();
    const box = (await desktop.page.locator('.story-map .frame').boundingBox())!;
    const before = await desktop.page.evaluate(() => scrollY);
    await desktop.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await desktop.page.mouse.wheel(0, 400);
    await expect.poll(() => desktop.page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
    await desktop.context.close();

    const phone = await newPage(env.browser, {
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    await phone.page.goto(`${env.served.url}?view=${firstView.id}`);
    await waitForGlIdle(phone.page, firstView.id);
    await phone.page.locator('.story-map .frame').scrollIntoViewIfNeeded();
    const pbox = (await phone.page.locator('.story-map .frame').boundingBox())!;
    const start = await phone.page.evaluate(() => scrollY);
    // A real touch swipe (CDP touch events; Chromium turns them into a scroll gesture).
    const cdp = await phone.context.newCDPSession(phone.page);
    const swipe = async (x: number, y: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let i = 1; i <= 10; i++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 25 }] });
        await phone.page.waitForTimeout(16);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(Math.round(pbox.x + pbox.width / 2), Math.round(Math.min(pbox.y + pbox.height * 0.8, 700)));
    await expect.poll(() => phone.page.evaluate(() => scrollY)).toBeGreaterThan(start + 100);
    await phone.context.close();
  });

  it('loads maplibre only after the text has painted', async () => {
    const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
    expect(html).not.toMatch(/modulepreload[^>]*map-engine/);
    const { context, page } = await newPage(env.browser, DESKTOP);
    await page.goto(`${env.served.url}?view=${firstView.id}`);
    await engage(page);
    await waitForGlIdle(page, firstView.id);
    const timing = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const chunk = performance.getEntriesByType('resource').find((r) => /map-engine-[^/]*\.js$/.test(r.name));
      return { fcp, chunk: chunk?.startTime ?? NaN };
    });
    expect(timing.fcp).toBeGreaterThan(0);
    expect(timing.chunk).toBeGreaterThan(timing.fcp);
    await context.close();
  });

  it('switches to the SVG map without an uncaught error when the WebGL context is lost', async () => {
    const { context, page, log } = await newPage(env.browser, DESKTOP);
    await page.goto(`${env.served.url}?view=${firstView.id}`);
    await engage(page);
    await waitForGlIdle(page, firstView.id);
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.gl-map canvas')!;
      const gl = canvas.getContext('webgl2')!;
      gl.getExtension('WEBGL_lose_context')!.loseContext();
    });
    await page.waitForSelector('figure[data-renderer="svg"] svg[data-role="fallback"]');
    expect(await page.getAttribute('figure.story-map', 'data-failure')).toBe('WebGL context lost');
    await page.waitForSelector('svg[data-role="fallback"] .land path');
    expect(await page.locator('.gl-map').count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});
