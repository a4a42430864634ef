/**
 * The scrolling story as readers use it, in headless Chromium on a 360 px phone and a 1280 px
 * desktop: through every step and back with the real camera where the step's scene puts it, a fast
 * fling, a resize, the layout switching live across the side-column breakpoint, the keyboard, the
 * live region, and at every step axe-core, the story's countries on the live map and what the map
 * holds and draws (step-map.ts: flows, places, its description), in the light theme (a11y.test.ts
 * sweeps the dark one and the other editions), and the text without JavaScript. The map is read
 * through its test hook (`?test-hooks`, src/lib/map/gl/hooks.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  STEP_SCOPE,
  foreignRequests,
  newPage,
  waitForGlIdle,
  useBrowser,
  scrollToStep,
  settle,
  whenHydrated,
} from './harness.ts';
import { loadContent } from '../../scripts/lib/load.ts';
import type { View } from '../../src/lib/data/types.ts';
import type {} from '../../src/lib/map/gl/hooks.ts';
import { expectGlNames, storyCountries } from './story-countries.ts';
import { expectStepMap } from './step-map.ts';

const { ledger, story, scenes, edition } = loadContent();
const { steps } = story;
const defaultLang = edition.lang;
const countries = storyCountries(defaultLang);

const SIZES = {
  phone: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 900 } },
} as const;

async function expectStep(page: Page, index: number) {
  const step = steps[index];
  await expect.poll(() => page.getAttribute('.scrolly', 'data-active-step')).toBe(step.id);
  await expect.poll(() => page.getAttribute('figure.story-map', 'data-view')).toBe(step.view);
  expect((await page.getAttribute('figure.story-map', 'data-flows'))!.split(' ').filter(Boolean).sort()).toEqual(
    [...step.flows].sort(),
  );
  await expect.poll(() => page.getAttribute(`[data-step="${step.id}"]`, 'aria-current')).toBe('step');
}

/** Web Mercator y of a latitude: the map's vertical axis. */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * The real camera after a step: the map was given the step's scene (its hook says which), and
 * shows the scene's whole view, filling the map along one axis but for the padding around it.
 */
async function expectCamera(page: Page, index: number) {
  const expected = scenes.steps[steps[index].id].view.bounds;
  const seen = await page.evaluate(() => {
    const hook = window.__storyMap!;
    return { camera: hook.map.getBounds().toArray() as View['bounds'], scene: hook.scene.view.bounds };
  });
  expect(seen.scene, steps[index].id).toEqual(expected);
  const [[w, s], [e, n]] = expected;
  const [[cw, cs], [ce, cn]] = seen.camera;
  const slack = 1e-6;
  const inSight = { west: cw <= w + slack, south: cs <= s + slack, east: ce >= e - slack, north: cn >= n - slack };
  expect(inSight, `${steps[index].id}: camera ${JSON.stringify(seen.camera)}`).toEqual({
    west: true,
    south: true,
    east: true,
    north: true,
  });
  // Filling the map along one axis but for the padding: the base padding, widened where a label
  // would reach past the map's edge (projection.ts frameView), at most a few label widths on a phone.
  // A label turned to the west of its dot, off a flow's arrowhead (Moscow's at the munitions view),
  // widens it by one more label's width on a 390 px map: three quarters of the map stay the view.
  const fill = Math.max((e - w) / (ce - cw), (mercatorY(n) - mercatorY(s)) / (mercatorY(cn) - mercatorY(cs)));
  expect(fill, steps[index].id).toBeGreaterThan(0.75);
}

describe.each(Object.entries(SIZES))('the story on a %s', (name, size) => {
  const env = useBrowser();

  it('follows every step forwards and back: the camera, the map drawn and described, the countries named, no axe violation', async () => {
    const { context, page, log } = await newPage(env.browser, {
      ...size,
      reducedMotion: 'reduce',
      colorScheme: 'light',
    });
    await page.goto(`${env.served.url}?test-hooks`);
    await waitForGlIdle(page, steps[0].view);
    await expectCamera(page, 0);
    const order = [...steps.keys(), ...[...steps.keys()].reverse()];
    const checked = new Set<number>();
    for (const i of order) {
      await scrollToStep(page, steps[i].id);
      await expectStep(page, i);
      await waitForGlIdle(page, steps[i].view);
      await expectCamera(page, i);
      if (!checked.has(i)) {
        checked.add(i);
        const scope = checked.size === 1 ? undefined : STEP_SCOPE;
        expect(await axeViolations(page, scope), `${name}, step ${steps[i].id}`).toEqual([]);
        const { names } = countries.steps.find((s) => s.id === steps[i].id)!;
        await expectGlNames(page, names, `${defaultLang} ${size.viewport.width}px ${steps[i].id}`);
        await expectStepMap(page, steps[i].id);
      }
    }
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(foreignRequests(log, env.origin)).toEqual([]);
    await context.close();
  });

  it('flies the camera when motion is allowed, ending where the scene puts it, flows under the labels', async () => {
    const { context, page, log } = await newPage(env.browser, { ...size, colorScheme: 'light' });
    await page.goto(`${env.served.url}?test-hooks`);
    await waitForGlIdle(page, steps[0].view);
    const next = steps.findIndex((s) => s.view !== steps[0].view);
    await scrollToStep(page, steps[next].id);
    await expectStep(page, next);
    await waitForGlIdle(page, steps[next].view);
    await expectCamera(page, next);
    const layers = await page.evaluate(() => window.__storyMap!.map.getStyle().layers.map((l) => l.id));
    expect(layers.slice(0, 4)).toEqual(['sea', 'land', 'parts', 'borders']);
    const flows = layers.filter((id) => id.startsWith('flow-'));
    // A line and arrowheads per flow, and a band for each one to scale.
    const flowLayers = scenes.steps[steps[next].id].flows.reduce((n, f) => n + (f.visual.band ? 3 : 2), 0);
    expect(flows).toHaveLength(flowLayers);
    expect(Math.max(...flows.map((id) => layers.indexOf(id)))).toBeLessThan(layers.indexOf('area-labels'));
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });

  it('lands on the right step after a fast fling to the end and back, and after a resize', async () => {
    const { context, page } = await newPage(env.browser, { ...size, reducedMotion: 'reduce' });
    await page.goto(env.served.url);
    await waitForGlIdle(page, steps[0].view);
    const last = steps.length - 1;
    await scrollToStep(page, steps[last].id);
    await expectStep(page, last);
    await scrollToStep(page, steps[1].id);
    await expectStep(page, 1);
    // Rotate: swap the viewport's sides. The active step is re-read from the new geometry.
    const { width, height } = size.viewport;
    await page.setViewportSize({ width: height, height: width });
    await settle(page);
    await scrollToStep(page, steps[2].id);
    await expectStep(page, 2);
    await page.setViewportSize({ width, height });
    await settle(page);
    await scrollToStep(page, steps[2].id);
    await expectStep(page, 2);
    await context.close();
  });
});

describe('the layout across the side-column breakpoint', () => {
  const env = useBrowser();

  /** Where the map sits against the steps, and whether each step's map key is open. */
  const layout = (page: Page) =>
    page.evaluate(() => {
      const map = document.querySelector('.scrolly .graphic')!.getBoundingClientRect();
      const card = document.querySelector('.scrolly [data-step] .card')!.getBoundingClientRect();
      const keys = [...document.querySelectorAll<HTMLDetailsElement>('.scrolly details.key')];
      return {
        beside: map.left >= card.right,
        mapWidth: Math.round(map.width),
        keysOpen: keys.length > 0 && keys.every((d) => d.open),
        keysClosed: keys.length > 0 && keys.every((d) => !d.open),
      };
    });

  it('moves the map beside the steps and back, and opens and folds the map keys, as the window is resized', async () => {
    const { context, page, log } = await newPage(env.browser, { ...SIZES.desktop, reducedMotion: 'reduce' });
    await page.goto(env.served.url);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await scrollToStep(page, steps[1].id);
    await expect.poll(() => layout(page)).toMatchObject({ beside: true, keysOpen: true });
    // Narrower than the breakpoint, as a tablet turned upright: cards over a full-width map.
    await page.setViewportSize({ width: 900, height: 1280 });
    await expect.poll(() => layout(page)).toMatchObject({ beside: false, mapWidth: 900, keysClosed: true });
    await page.setViewportSize(SIZES.desktop.viewport);
    await expect.poll(() => layout(page)).toMatchObject({ beside: true, keysOpen: true });
    // The story still follows the reader in the layout it switched back to, once it has settled.
    await settle(page);
    await scrollToStep(page, steps[2].id);
    await expectStep(page, 2);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('keyboard, screen reader and dark theme', () => {
  const env = useBrowser();

  it('moves step to step with Page Down and the arrow keys, narrating each map change', async () => {
    const { context, page } = await newPage(env.browser, { ...SIZES.desktop, reducedMotion: 'reduce' });
    await page.goto(env.served.url);
    await waitForGlIdle(page, steps[0].view);
    await page.focus(`[data-step="${steps[0].id}"]`);
    await page.keyboard.press('PageDown');
    await expectStep(page, 1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-step'))).toBe(steps[1].id);
    await expect.poll(() => page.locator('.scrolly .live').innerText()).toContain(`Step 2 of ${steps.length}.`);
    expect(await page.locator('.scrolly .live').innerText()).toContain('The map moves to');
    await page.keyboard.press('ArrowDown');
    await expectStep(page, 2);
    await page.keyboard.press('ArrowUp');
    await expectStep(page, 1);
    await context.close();
  });

  it('announces step-reached as a DOM event, first arrivals marked', async () => {
    const { context, page } = await newPage(env.browser, { ...SIZES.desktop, reducedMotion: 'reduce' });
    await page.addInitScript(() => {
      const w = window as unknown as { reached: unknown[] };
      w.reached = [];
      document.addEventListener('step-reached', (e) => w.reached.push((e as CustomEvent).detail));
    });
    await page.goto(env.served.url);
    await waitForGlIdle(page, steps[0].view);
    await scrollToStep(page, steps[1].id);
    await expectStep(page, 1);
    await scrollToStep(page, steps[0].id);
    await expectStep(page, 0);
    const reached = await page.evaluate(() => (window as unknown as { reached: unknown[] }).reached);
    expect(reached).toEqual([
      { step: steps[0].id, index: 0, count: steps.length, first: true },
      { step: steps[1].id, index: 1, count: steps.length, first: true },
      { step: steps[0].id, index: 0, count: steps.length, first: false },
    ]);
    await context.close();
  });

  it('shows the quote of a chart mark on keyboard focus and on hover, and hides it on Escape', async () => {
    const { context, page, log } = await newPage(env.browser, { ...SIZES.phone, reducedMotion: 'reduce' });
    await page.goto(env.served.url);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const step = steps.find((s) => s.chart === 'killed_or_wounded')!;
    const claim = ledger.claims.find((c) => c.quantity === 'killed_or_wounded' && !c.restates)!;
    const mark = page.locator(`[data-step="${step.id}"] [data-quantity] [data-claim="${claim.id}"]`);
    // On a phone the step's chart is folded under its text: open it from the keyboard.
    await page.focus(`[data-step="${step.id}"] details.fold > summary`);
    await page.keyboard.press('Enter');
    await whenHydrated(mark);
    await mark.focus();
    const tip = page.locator(`[data-step="${step.id}"] [role="tooltip"]`);
    await expect.poll(() => tip.isVisible()).toBe(true);
    const squash = (t: string) => t.replace(/\s+/g, ' ');
    expect(squash(await tip.innerText())).toContain(squash(claim.quote));
    // Readable on a phone: inside the viewport.
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(SIZES.phone.viewport.width);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await mark.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it('opens at ?step= in ?theme=dark, reporting that step first and drawing the map dark', async () => {
    const { context, page } = await newPage(env.browser, {
      ...SIZES.desktop,
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    await page.addInitScript(() => {
      const w = window as unknown as { reached: { step: string }[] };
      w.reached = [];
      document.addEventListener('step-reached', (e) => w.reached.push((e as CustomEvent).detail));
    });
    await page.goto(`${env.served.url}?step=${steps[3].id}&theme=dark`);
    await expectStep(page, 3);
    await waitForGlIdle(page, steps[3].view);
    // Published pages expose no test hook unless asked (?test-hooks).
    expect(await page.evaluate(() => '__storyMap' in window)).toBe(false);
    const first = await page.evaluate(() => (window as unknown as { reached: { step: string }[] }).reached[0]);
    expect(first.step).toBe(steps[3].id);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(18, 20, 23)',
    );
    // The map's own sea colour is dark too (sampled from the WebGL canvas).
    const shot = await page.locator('.gl-map canvas').screenshot();
    const { PNG } = await import('pngjs');
    const png = PNG.sync.read(shot);
    const i = (5 * png.width + 5) * 4;
    expect(png.data[i] + png.data[i + 1] + png.data[i + 2]).toBeLessThan(3 * 80);
    await context.close();
  });

  it('offers a skip link to the text as the first focus stop', async () => {
    const { context, page } = await newPage(env.browser, SIZES.desktop);
    await page.goto(env.served.url);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(skip).toEqual({ text: 'Skip to the text', href: '#story-text' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#story-text');
    await context.close();
  });

  it('without JavaScript, every step, its cited figures and its chart are in the page', async () => {
    const { context, page } = await newPage(env.browser, { ...SIZES.phone, javaScriptEnabled: false });
    await page.goto(env.served.url);
    for (const step of steps) {
      const el = page.locator(`[data-step="${step.id}"]`);
      expect(await el.count()).toBe(1);
      const text = await el.innerText();
      for (const id of step.cites)
        expect(text, `${step.id} cites ${id}`).toContain(ledger.claims.find((c) => c.id === id)!.figure);
      if (step.chart) expect(await el.locator(`[data-quantity="${step.chart}"] svg`).count()).toBeGreaterThan(0);
    }
    await context.close();
  });
});
