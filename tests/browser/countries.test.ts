/**
 * The story's own countries (data/countries.json role "story": North Korea, Russia, Ukraine) are
 * named at every step that shows them, at 360, 390 and 1280 px, in both editions, by the SVG map
 * (Chromium without WebGL2: the text it laid out inside its frame) and in the static pictures (their
 * text); at every size, each name is written over, above or below its country's land, never beside it. On the same walk through the steps (one page load per edition and size, from 320 px), no
 * place's label touches an arrowhead of a visible flow, as the browser lays both out in the SVG map,
 * and on the phones (320 to 390 px) the borders note under the map takes two lines at most and
 * links to the full note (borders-line.ts).
 *
 * The live map is asked what it drew (queryRenderedFeatures on its country-name layer) at every
 * step of the walks that already go through every step at those sizes, on the same page loads:
 * story.test.ts (the default edition, 360 and 1280 px) and a11y.test.ts (the rest), through
 * story-countries.ts, which also says which countries a step shows (its scene's; no id is typed).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { engage, newPage, scrollToStep, useBrowser } from './harness.ts';
import { editions, storyCountries as expected } from './story-countries.ts';
import { expectBordersLine } from './borders-line.ts';

const NO_WEBGL = ['--disable-gpu', '--disable-software-rasterizer'];
/** The issue asks for the countries' names from 360 px; labels keep clear of arrowheads from 320 px. */
const MIN_NAMED = 360;
/** The phones, on which the borders note under the map takes two lines at most. */
const MAX_PHONE = 390;
const SIZES = [
  { width: 320, height: 568 },
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const CASES = editions.flatMap((content) => SIZES.map((viewport) => ({ lang: content.edition.lang, viewport })));

/**
 * Places' labels that touch an arrowhead of a visible flow, as the browser lays both out in the
 * story's SVG map of `view` (each chevron with its halo, as drawn), and how many arrowheads it drew.
 */
function arrowheadsTouched(page: Page, view: string): Promise<{ out: string[]; heads: number }> {
  return page.evaluate((view) => {
    const svg = `svg[data-role="fallback"][data-view="${view}"]`;
    const box = (el: Element) => el.getBoundingClientRect();
    const labels = [...document.querySelectorAll(`${svg} .places text`)].map((t) => ({
      text: t.textContent ?? '',
      r: box(t),
    }));
    const heads = [...document.querySelectorAll(`${svg} .flow[data-visible="true"] .arrows > g`)].map((g) => ({
      flow: g.closest('[data-flow]')!.getAttribute('data-flow'),
      r: box(g),
    }));
    const out: string[] = [];
    for (const l of labels)
      for (const h of heads)
        if (l.r.left < h.r.right && h.r.left < l.r.right && l.r.top < h.r.bottom && h.r.top < l.r.bottom)
          out.push(`"${l.text}" touches an arrowhead of ${h.flow}`);
    return { out, heads: heads.length };
  }, view);
}

/**
 * The story's country names that the SVG map of `view` writes beside their land rather than over,
 * above or below it: no point of their country's shape (the land path of its ISO code, filled as
 * drawn) lies under the text's width, within three lines above or below it. A name written beside a
 * small country sits over its neighbour and names it: "우크라이나" once sat over Kazakhstan.
 */
function namesOffLand(page: Page, view: string, countries: { id: string; iso: string }[]): Promise<string[]> {
  return page.evaluate(
    ({ view, countries }) => {
      const svg = document.querySelector<SVGSVGElement>(`svg[data-role="fallback"][data-view="${view}"]`)!;
      return countries.flatMap(({ id, iso }) => {
        const name = svg.querySelector<SVGTextElement>(`.countries text[data-country="${id}"]`);
        const land = svg.querySelector<SVGPathElement>(`.land path[data-iso="${iso}"]`);
        if (!name || !land) return [];
        const b = name.getBBox();
        const reach = 3 * b.height;
        // Every 2 px: the smallest of these countries is 15 px across on a phone's map.
        for (let x = b.x; x <= b.x + b.width; x += 2)
          for (let y = b.y - reach; y <= b.y + b.height + reach; y += 2)
            if (land.isPointInFill(new DOMPoint(x, y))) return [];
        return [`"${name.textContent}" is written beside its land, not over, above or below it`];
      });
    },
    { view, countries },
  );
}

/** The text of the story map's SVG country names wholly inside its frame. */
function svgCountries(page: Page, view: string): Promise<string[]> {
  return page.evaluate((view) => {
    const frame = document.querySelector('.story-map .frame')!.getBoundingClientRect();
    return [...document.querySelectorAll(`svg[data-view="${view}"] .countries text`)].flatMap((t) => {
      const r = t.getBoundingClientRect();
      const inside = r.width > 0 && r.left >= frame.left - 1 && r.right <= frame.right + 1;
      return inside && r.top >= frame.top - 1 && r.bottom <= frame.bottom + 1 ? [t.textContent ?? ''] : [];
    });
  }, view);
}

describe('the story’s countries on the SVG map and in the static pictures', () => {
  const env = useBrowser(NO_WEBGL);

  it.each(CASES)(
    '$lang at $viewport.width px: every step names them on their land, no place’s label touches an arrowhead of a visible flow, and a phone’s borders note is two lines at most',
    async ({ lang, viewport }) => {
      const { content, steps } = expected(lang);
      const story = content.ledger.countries
        .filter((c) => c.role === 'story')
        .map((c) => ({ id: c.id, iso: c.iso_n3 }));
      const { context, page } = await newPage(env.browser, { viewport, reducedMotion: 'reduce' });
      await page.goto(new URL(content.edition.path, env.served.url).href);
      await engage(page);
      for (const step of steps) {
        const where = `${lang} ${viewport.width}px ${step.id}`;
        await scrollToStep(page, step.id);
        await page.waitForSelector(`svg[data-role="fallback"][data-view="${step.view}"] .land path`);
        if (viewport.width >= MIN_NAMED) {
          expect(await svgCountries(page, step.view), where).toEqual(expect.arrayContaining(step.names));
        }
        if (viewport.width <= MAX_PHONE) await expectBordersLine(page, content, step.id, where);
        // Read at rest: under load, a read in the middle of the step's change once found a label
        // and an arrowhead each where neither is drawn once the step has painted. A label that
        // touches an arrowhead at rest still fails, once the poll gives up.
        let found = { out: [] as string[], heads: 0 };
        await expect
          .poll(async () => (found = await arrowheadsTouched(page, step.view)).out, { message: where, timeout: 3000 })
          .toEqual([]);
        if (content.story.steps.find((s) => s.id === step.id)!.flows.length > 0)
          expect(found.heads, where).toBeGreaterThan(0);
        await expect.poll(() => namesOffLand(page, step.view, story), { message: where, timeout: 3000 }).toEqual([]);
      }
      await context.close();
    },
  );

  it.each(editions.map((c) => c.edition.lang))('%s: each step’s picture names them', async (lang) => {
    const { content, steps } = expected(lang);
    const { context, page } = await newPage(env.browser, { viewport: { width: 1280, height: 800 } });
    for (const step of steps) {
      const url = new URL(`${content.edition.path}static/step-${step.id}.svg`, env.served.url).href;
      await page.goto(url);
      const texts = await page.evaluate(() =>
        [...document.querySelectorAll('.countries text')].map((t) => t.textContent),
      );
      expect(texts, `${lang} ${step.id}`).toEqual(expect.arrayContaining(step.names));
    }
    await context.close();
  });
});
