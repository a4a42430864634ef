/**
 * Fault injection against the built site in headless Chromium: no WebGL, a WebGL context lost
 * mid-scroll, the basemap missing or corrupt, the label fonts missing, a slow network. In every
 * case the text and every quoted figure stay readable, the map falls back (SVG) or degrades (no
 * land, system-font labels) and says so where a reader would miss something, and nothing throws.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, readProjectFile } from '../helpers/project.ts';
import { newPage, scrollToStep, useBrowser, waitForGlIdle, type PageLog } from './harness.ts';
import { buildLedger } from '../../src/lib/data/validate.ts';
import { parseStory } from '../../src/lib/story/copy.ts';
import { readLedgerInput } from '../../scripts/lib/load.ts';

const ledger = buildLedger(readLedgerInput()).ledger!;
const { steps } = parseStory(readProjectFile('data/story.aml'), ledger).story!;
const DESKTOP = { viewport: { width: 1280, height: 900 }, colorScheme: 'light' } as const;
const BASEMAP = '**/geo/countries.json';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every claim the build published, as a reader must be able to read it. */
function publishedQuotes(): { id: string; quote: string }[] {
  return JSON.parse(readFileSync(join(ROOT, 'dist/claims.json'), 'utf8')) as { id: string; quote: string }[];
}

/** The headline is on screen and every published quote is in the page's rendered text. */
async function expectReadable(page: Page) {
  await expect(page.locator('h1').isVisible()).resolves.toBe(true);
  const text = squash(await page.evaluate(() => document.body.innerText));
  const missing = publishedQuotes().filter((c) => !text.includes(squash(c.quote)));
  expect(missing.map((c) => c.id)).toEqual([]);
}

function expectNoUncaught(log: PageLog) {
  expect(log.pageErrors).toEqual([]);
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

  it.each([
    ['404', { status: 404, contentType: 'text/plain', body: 'Not Found' }],
    ['corrupt', { status: 200, contentType: 'application/json', body: '{"type":"FeatureCollection","features":[{"ty' }],
  ])('basemap %s: MapLibre draws the map without land and says so', async (_, response) => {
    const { context, page, log } = await newPage(env.browser, { ...DESKTOP, reducedMotion: 'reduce' });
    await page.route(BASEMAP, (route) => route.fulfill(response));
    await page.goto(env.served.url);
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
