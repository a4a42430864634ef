/**
 * Phone-first reading, in headless Chromium on three portrait phones and one turned on its side.
 * The label checks run on the real story (ids, views and places read from data/, never typed), on
 * the SVG map (Chromium without WebGL2), whose labels are elements that can be measured: for
 * each step, with its card's top at two reading positions (just after it becomes active, and
 * mid-read), every story place of the step's view has its label wholly on screen, inside the
 * map, and not under a card (the topmost element at points of the label box is the map). Then
 * the cards' folded height, the touch targets' size, a quote's tap-open and tap-close, and
 * MapLibre render tests of two steps at 390×844 on the fixture site.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadContent } from '../../scripts/lib/load.ts';
import type { Place, View } from '../../src/lib/data/types.ts';
import { engage, newPage, settle, useBrowser, waitForGlIdle, whenHydrated } from './harness.ts';
import { useFixtureSite } from './fixture-site.ts';
import { compareWithExpected } from './snapshot.ts';

const NO_WEBGL = ['--disable-gpu', '--disable-software-rasterizer'];
const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 414, height: 896 },
  { width: 844, height: 390 },
] as const;
const PORTRAIT = PHONES.filter((p) => p.height > p.width);
/** Where the step's card top is put, as a fraction of the screen's height: just active, mid-read. */
const READING = [0.55, 0.3] as const;
/** A folded card is at most this share of the screen's height. */
const MAX_CARD = 0.6;
/** WCAG 2.5.8, target size (minimum), in CSS pixels. */
const TARGET = 24;

const phone = (viewport: { width: number; height: number }) =>
  ({ viewport, isMobile: true, hasTouch: true, colorScheme: 'light', reducedMotion: 'reduce' }) as const;

const { ledger, story } = loadContent();
const inside = (p: Place, v: View) =>
  p.lon >= v.bounds[0][0] && p.lon <= v.bounds[1][0] && p.lat >= v.bounds[0][1] && p.lat <= v.bounds[1][1];
const checks = story.steps.flatMap((step) => {
  const view = ledger.views.find((v) => v.id === step.view)!;
  const places = ledger.places.filter((p) => p.role === 'story' && inside(p, view)).map((p) => p.id);
  return READING.map((at) => ({ step: step.id, view: view.id, at, places }));
});

/** Scrolls so that the top of the step's card is at `at` of the screen's height. */
async function placeCard(page: Page, step: string, at: number): Promise<void> {
  await page.evaluate(
    ({ step, at }) =>
      scrollBy(
        0,
        document.querySelector(`[data-step="${step}"] .card`)!.getBoundingClientRect().top - innerHeight * at,
      ),
    { step, at },
  );
}

/**
 * Where the step's card is (a share of the screen's height), the active step, the map's view, and
 * what is wrong with each place's label: off screen, outside the map's frame, or under something.
 */
function labelProblems(
  page: Page,
  step: string,
  places: string[],
): Promise<{ at: number; step: string | null; view: string | null; problems: string[] }> {
  return page.evaluate(
    ({ step, places }) => {
      const frame = document.querySelector('.story-map .frame')!.getBoundingClientRect();
      const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
      const problems: string[] = [];
      for (const id of places) {
        const text = document.querySelector(`svg[data-role="fallback"] [data-place="${id}"] text`);
        if (!text) {
          problems.push(`${id}: no label`);
          continue;
        }
        const b = text.getBoundingClientRect();
        const box = (r: { left: number; top: number; right: number; bottom: number }) =>
          b.left >= r.left - 0.5 && b.right <= r.right + 0.5 && b.top >= r.top - 0.5 && b.bottom <= r.bottom + 0.5;
        const where = `[${Math.round(b.left)},${Math.round(b.top)} – ${Math.round(b.right)},${Math.round(b.bottom)}]`;
        if (!box(screen)) problems.push(`${id}: label ${where} is not wholly on screen`);
        else if (!box(frame)) problems.push(`${id}: label ${where} is clipped by the map's frame`);
        else {
          // The corners (1 px in) and the middle of the label box: the map must be what is there
          // (or the steps' transparent boxes, which hold the cards).
          const xs = [b.left + 1, (b.left + b.right) / 2, b.right - 1];
          const ys = [b.top + 1, (b.top + b.bottom) / 2, b.bottom - 1];
          const covered = xs.flatMap((x) => ys.map((y) => document.elementFromPoint(x, y)));
          const over = covered.find((el) => !el?.closest('svg.svg-map') && !el?.matches('.steps, .step'));
          if (over !== undefined) {
            const name = over ? `${over.tagName.toLowerCase()}.${[...over.classList].join('.')}` : 'nothing';
            problems.push(`${id}: label ${where} is under ${name}`);
          }
        }
      }
      return {
        at: document.querySelector(`[data-step="${step}"] .card`)!.getBoundingClientRect().top / innerHeight,
        step: document.querySelector('.scrolly')!.getAttribute('data-active-step'),
        view: document.querySelector('svg[data-role="fallback"]')?.getAttribute('data-view') ?? null,
        problems,
      };
    },
    { step, places },
  );
}

describe('every story place of a step is labelled where a phone reader sees it (SVG map)', () => {
  const env = useBrowser(NO_WEBGL);

  it.each(PHONES.map((p) => [`${p.width}×${p.height}`, p] as const))('at %s', async (_, size) => {
    const { context, page, log } = await newPage(env.browser, phone(size));
    await page.goto(env.served.url);
    // The reader moves first: the map (here, without WebGL, the SVG fallback with land) follows.
    await engage(page);
    await page.waitForSelector('svg[data-role="fallback"] .land path');
    await settle(page);
    const failures: string[] = [];
    for (const c of checks) {
      // The reading position, the active step and the map's view, read together with the labels:
      // a layout still settling (a chart re-laid out at its width) moves the card, so re-place it.
      // Settled: in place, and the same answer twice, a frame apart.
      let seen = await labelProblems(page, c.step, c.places);
      for (let tries = 0; tries < 40; tries++) {
        await placeCard(page, c.step, c.at);
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const last = seen;
        seen = await labelProblems(page, c.step, c.places);
        const placed = Math.abs(seen.at - c.at) < 0.005 && seen.step === c.step && seen.view === c.view;
        if (placed && JSON.stringify(seen) === JSON.stringify(last)) break;
      }
      expect({ at: Math.round(seen.at * 100) / 100, step: seen.step, view: seen.view }, `${c.step} at ${c.at}`).toEqual(
        {
          at: c.at,
          step: c.step,
          view: c.view,
        },
      );
      for (const p of seen.problems) failures.push(`${c.step} at ${c.at}: ${p}`);
    }
    const total = checks.reduce((n, c) => n + c.places.length, 0);
    expect(total).toBeGreaterThan(0);
    expect(failures, `${failures.length} of ${total} label checks failed`).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('cards, touch targets and quotes on a phone', () => {
  const env = useBrowser();

  it.each(PORTRAIT.map((p) => [`${p.width}×${p.height}`, p] as const))(
    'at %s no card is taller than 60% of the screen until the reader opens what is folded',
    async (_, size) => {
      const { context, page } = await newPage(env.browser, phone(size));
      await page.goto(env.served.url);
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      await settle(page);
      const cards = await page.evaluate(() =>
        [...document.querySelectorAll('.scrolly [data-step]')].flatMap((step) =>
          [...step.querySelectorAll('.part')].map((card, i) => ({
            card: `${step.getAttribute('data-step')} card ${i + 1}`,
            height: Math.round(card.getBoundingClientRect().height),
            folded: [...card.querySelectorAll('details')].every((d) => !d.open),
          })),
        ),
      );
      expect(cards.length).toBeGreaterThanOrEqual(story.steps.length);
      for (const c of cards) {
        expect(c.folded, c.card).toBe(true);
        expect(c.height, c.card).toBeLessThanOrEqual(MAX_CARD * size.height);
      }
      // The text comes first: each step's first card opens with its copy.
      const first = await page.$$eval('.scrolly [data-step] .part:first-child', (els) =>
        els.map((el) => el.firstElementChild?.tagName),
      );
      expect(first.every((t) => t === 'P')).toBe(true);
      await context.close();
    },
  );

  it('gives every control of the story a target of 24×24 px at least, folded or open (390×844)', async () => {
    const { context, page } = await newPage(env.browser, phone({ width: 390, height: 844 }));
    await page.goto(env.served.url);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const measure = () =>
      page.evaluate(() => {
        /** Inside a closed disclosure, and not its summary: not on screen. */
        const folded = (el: Element): boolean => {
          for (let d = el.parentElement?.closest('details'); d; d = d.parentElement?.closest('details'))
            if (!d.open && !(el.closest('summary')?.parentElement === d)) return true;
          return false;
        };
        // A link in a sentence or a table cell is exempt (WCAG 2.5.8, inline).
        const targets = document.querySelectorAll('.scrolly :is(a, button, summary, input, select, [role="button"])');
        return [...targets]
          .filter((el) => !el.closest('p, td, th') && !folded(el))
          .map((el) => {
            const r = el.getBoundingClientRect();
            const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40);
            return { target: `${el.tagName.toLowerCase()} "${name}"`, width: r.width, height: r.height };
          });
      });
    const small = (ts: Awaited<ReturnType<typeof measure>>) =>
      ts
        .filter((t) => t.width < TARGET - 0.5 || t.height < TARGET - 0.5)
        .map((t) => `${t.target} ${t.width}×${t.height}`);
    const folded = await measure();
    expect(folded.length).toBeGreaterThan(0);
    expect(small(folded)).toEqual([]);
    await page.evaluate(() =>
      document.querySelectorAll<HTMLDetailsElement>('.scrolly details').forEach((d) => (d.open = true)),
    );
    // A chart's marks are laid out for the screen when its island runs, as the reader reaches it.
    const charts = page.locator('.scrolly [data-island="chart"] > .frame');
    for (let i = 0; i < (await charts.count()); i++) await whenHydrated(charts.nth(i));
    const open = await measure();
    expect(open.length).toBeGreaterThan(folded.length);
    expect(small(open)).toEqual([]);
    await context.close();
  });

  it('opens a quote on a tap, and closes it on a second tap or a tap outside (390×844)', async () => {
    const { context, page, log } = await newPage(env.browser, phone({ width: 390, height: 844 }));
    await page.goto(env.served.url);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const step = story.steps.find((s) => s.chart)!;
    const fold = page.locator(`[data-step="${step.id}"] details.fold`);
    // As a reader scrolls to it, the chart's island runs (before it is opened: islands.ts).
    await fold.scrollIntoViewIfNeeded();
    await expect
      .poll(() => fold.evaluate((d) => d.querySelector<HTMLElement>('[data-island]')?.dataset.hydrated))
      .toBe('true');
    // Folded on a phone: a tap on its summary opens the chart.
    await fold.locator('> summary').tap();
    await expect.poll(() => fold.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    const mark = fold.locator('[role="button"][data-claim]').first();
    const tip = fold.locator('[role="tooltip"]');
    await mark.tap();
    await expect.poll(() => tip.isVisible()).toBe(true);
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await mark.tap();
    await expect.poll(() => tip.count()).toBe(0);
    await mark.tap();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await fold.locator('figcaption').tap();
    await expect.poll(() => tip.count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});

// The fixture's content, so that no source added to data/ moves a pixel.
const site = useFixtureSite();

describe('render tests on the fixture site at 390×844: MapLibre above the cards', () => {
  const env = useBrowser([], () => site.dir);
  const steps = site.content.story.steps;
  const two = [steps[0], steps.find((s) => s.view !== steps[0].view)!];

  it.each(two.map((s) => [s.id, s.view]))('step %s (view %s) is drawn like its expected image', async (id, view) => {
    const { context, page, log } = await newPage(env.browser, phone({ width: 390, height: 844 }));
    await page.goto(`${env.served.url}?step=${id}`);
    await expect.poll(() => page.getAttribute('.scrolly', 'data-active-step')).toBe(id);
    await waitForGlIdle(page, view);
    expect(await page.locator('.story-map svg.svg-map').count()).toBe(0);
    // The map in the top part of the screen, the whole width, and nothing over it.
    const frame = (await page.locator('.story-map .frame').boundingBox())!;
    expect(frame.y).toBeGreaterThanOrEqual(0);
    expect(frame.width).toBe(390);
    expect(frame.y + frame.height).toBeLessThanOrEqual(844 / 2);
    const shot = await page.locator('.story-map .frame').screenshot();
    const result = compareWithExpected(`fixture-phone-${id}`, shot);
    expect(result.ratio, `differs from expected; see ${result.written}`).toBeLessThanOrEqual(0.01);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('Tab on an upright phone', () => {
  const env = useBrowser();

  it.each(['', 'ko/'])('edition "%s": a step reached by Tab starts clear of the sticky map', async (path) => {
    const { context, page, log } = await newPage(env.browser, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      reducedMotion: 'reduce',
    });
    await page.goto(`${env.served.url}${path}`);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const steps = await page.locator('[data-step]').evaluateAll((els) => els.map((el) => el.id));
    await page.focus(`#${steps[0]}`);
    const reached: string[] = [];
    // Tab through the story (its steps and the links in them) until the last step has had focus.
    for (let i = 0; i < 80 && reached.length < steps.length - 1; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (!el.matches('[data-step]')) return null;
        const map = document.querySelector('.scrolly .graphic')!.getBoundingClientRect();
        return { id: el.id, top: el.getBoundingClientRect().top, under: map.bottom };
      });
      if (!at) continue;
      reached.push(at.id);
      expect(at.top, at.id).toBeGreaterThanOrEqual(at.under - 1);
      expect(at.top, at.id).toBeLessThan(844);
    }
    expect(reached).toEqual(steps.slice(1));
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});
