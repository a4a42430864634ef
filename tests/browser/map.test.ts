/**
 * The map as readers get it, in real headless Chromium: MapLibre on SwiftShader WebGL2 for each
 * named view (compared with images a person has looked at), the SVG map without WebGL2 and after
 * a lost context, its accessible description, scrolling past it, and loading after the text.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/project.ts';
import { foreignRequests, newPage, waitForGlIdle, type PageLog, useBrowser } from './harness.ts';
import { compareWithExpected } from './snapshot.ts';

const views = JSON.parse(readFileSync(join(ROOT, 'data/views.json'), 'utf8')) as { id: string; label: string }[];
const flows = JSON.parse(readFileSync(join(ROOT, 'data/flows.json'), 'utf8')) as { id: string }[];
const DESKTOP = { viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' } as const;

function expectClean(log: PageLog, origin: string) {
  expect(log.pageErrors).toEqual([]);
  expect(log.consoleErrors).toEqual([]);
  expect(foreignRequests(log, origin)).toEqual([]);
}

describe('map with WebGL2 (MapLibre on SwiftShader)', () => {
  const env = useBrowser();

  it.each(views.map((v) => v.id))('renders the %s view like its expected image', async (view) => {
    const { context, page, log } = await newPage(env.browser, DESKTOP);
    await page.goto(`${env.served.url}?view=${view}`);
    await waitForGlIdle(page, view);
    // Drawn: the SVG picture that covered MapLibre while it loaded is gone.
    expect(await page.locator('.story-map svg.svg-map').count()).toBe(0);
    const shot = await page.locator('.story-map .frame').screenshot();
    const result = compareWithExpected(`map-${view}`, shot);
    expect(result.ratio, `differs from expected; see ${result.written}`).toBeLessThanOrEqual(0.01);
    expectClean(log, env.origin);
    // Fetched once: the basemap is never downloaded (or parsed) twice.
    expect(log.requests.filter((u) => u.endsWith('/geo/countries.json'))).toHaveLength(1);
    expect(log.requests.some((u) => /noto-sans-latin-700-normal.*\.woff2$/.test(u))).toBe(true);
    await context.close();
  });

  it('names the map region, describes it with figures, and keeps the canvas out of the tab order', async () => {
    const { context, page } = await newPage(env.browser, DESKTOP);
    await page.goto(`${env.served.url}?view=overview`);
    await waitForGlIdle(page, 'overview');
    const frame = page.getByRole('img', { name: 'Map: North Korea to Russia' });
    await expect.poll(() => frame.count()).toBe(1);
    const description = await page.locator('#story-map-description').innerText();
    expect(description).toMatch(/Pyongyang.*Moscow.*Kursk/);
    expect(description).toMatch(/\d{1,3},\d{3}/);
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
    await desktop.page.goto(`${env.served.url}?view=overview`);
    await waitForGlIdle(desktop.page, 'overview');
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
    await phone.page.goto(`${env.served.url}?view=overview`);
    await waitForGlIdle(phone.page, 'overview');
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
    expect(html).not.toMatch(/modulepreload[^>]*GlMap/);
    const { context, page } = await newPage(env.browser, DESKTOP);
    await page.goto(`${env.served.url}?view=overview`);
    await waitForGlIdle(page, 'overview');
    const timing = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const chunk = performance.getEntriesByType('resource').find((r) => /GlMap-[^/]*\.js$/.test(r.name));
      return { fcp, chunk: chunk?.startTime ?? NaN };
    });
    expect(timing.fcp).toBeGreaterThan(0);
    expect(timing.chunk).toBeGreaterThan(timing.fcp);
    await context.close();
  });

  it('switches to the SVG map without an uncaught error when the WebGL context is lost', async () => {
    const { context, page, log } = await newPage(env.browser, DESKTOP);
    await page.goto(`${env.served.url}?view=overview`);
    await waitForGlIdle(page, 'overview');
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

describe('map without WebGL2', () => {
  const env = useBrowser(['--disable-gpu', '--disable-software-rasterizer']);

  it('draws the SVG map: land, the three cities, every flow with its band, comb and arrows', async () => {
    const { context, page, log } = await newPage(env.browser, DESKTOP);
    await page.goto(`${env.served.url}?view=overview`);
    const svg = page.locator('svg[data-renderer="svg"][data-role="fallback"]');
    await svg.waitFor();
    expect(await page.getAttribute('figure.story-map', 'data-failure')).toBe('WebGL2 is not available');
    await page.waitForSelector('svg[data-role="fallback"] .land path');
    expect(await svg.locator('.land path').count()).toBeGreaterThan(50);
    const labels = await svg.locator('.places text').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['Pyongyang', 'Moscow', 'Kursk']));
    for (const f of flows) expect(await svg.locator(`[data-flow="${f.id}"] path`).count(), f.id).toBeGreaterThan(1);
    expect(await svg.locator('[data-flow="troops"] .band-ticks line').count()).toBeGreaterThanOrEqual(3);
    // No maplibre download at all when WebGL2 is missing.
    expect(log.requests.some((u) => /GlMap-|maplibre-gl-worker/.test(u))).toBe(false);
    expect(log.pageErrors).toEqual([]);
    expect(foreignRequests(log, env.served.url.replace(/\/$/, ''))).toEqual([]);
    const shot = await page.locator('.story-map .frame').screenshot();
    const result = compareWithExpected('map-svg-overview', shot);
    expect(result.ratio, `differs from expected; see ${result.written}`).toBeLessThanOrEqual(0.01);
    await context.close();
  });
});
