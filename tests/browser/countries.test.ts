/**
 * The story's own countries (data/countries.json role "story": North Korea, Russia, Ukraine) are
 * named at every step that shows them, at 360, 390 and 1280 px, in both editions, by both
 * renderers and in the static pictures. Each map is asked what it drew: MapLibre the symbols it
 * rendered on its country-name layer (queryRenderedFeatures), the SVG map (Chromium without
 * WebGL2) the text it laid out inside its frame, the picture its text. Which countries a step
 * shows is the scene's (a country with some of its shape inside the view); no id is typed.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadEditionsContent } from '../../scripts/lib/load.ts';
import { LABELS } from '../../src/lib/map/gl/style.ts';
import { askGlMap, engage, newPage, scrollToStep, useBrowser } from './harness.ts';

const editions = loadEditionsContent();
const NO_WEBGL = ['--disable-gpu', '--disable-software-rasterizer'];
const SIZES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const CASES = editions.flatMap((content) => SIZES.map((viewport) => ({ lang: content.edition.lang, viewport })));

/** The edition's content, and the names of the story's countries each step's scene shows. */
function expected(lang: string) {
  const content = editions.find((c) => c.edition.lang === lang)!;
  const story = content.ledger.countries.filter((c) => c.role === 'story').map((c) => c.id);
  const steps = content.story.steps.map((s) => ({
    id: s.id,
    view: s.view,
    names: content.scenes.steps[s.id].countries.filter((c) => story.includes(c.id)).map((c) => c.text),
  }));
  return { content, steps };
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

describe('the story’s countries on the MapLibre map', () => {
  const env = useBrowser();

  it.each(CASES)('$lang at $viewport.width px: every step names them', async ({ lang, viewport }) => {
    const { content, steps } = expected(lang);
    const { context, page, log } = await newPage(env.browser, { viewport, reducedMotion: 'reduce' });
    await page.goto(new URL(`${content.edition.path}?step=${steps[0].id}`, env.served.url).href);
    await engage(page);
    await page.waitForSelector('figure.story-map[data-renderer="maplibre"] .gl-map[data-idle="true"]', {
      timeout: 60_000,
    });
    for (const step of steps) {
      await scrollToStep(page, step.id);
      await page.waitForSelector(`figure.story-map[data-view="${step.view}"]`);
      await expect
        .poll(
          () =>
            askGlMap(
              page,
              (map, layer) => map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.text)),
              LABELS,
            ),
          { timeout: 30_000, message: `${lang} ${viewport.width}px ${step.id}` },
        )
        .toEqual(expect.arrayContaining(step.names));
    }
    expect(steps.some((s) => s.names.length > 0)).toBe(true);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('the story’s countries on the SVG map and in the static pictures', () => {
  const env = useBrowser(NO_WEBGL);

  it.each(CASES)('$lang at $viewport.width px: every step names them', async ({ lang, viewport }) => {
    const { content, steps } = expected(lang);
    const { context, page } = await newPage(env.browser, { viewport, reducedMotion: 'reduce' });
    for (const step of steps) {
      await page.goto(new URL(`${content.edition.path}?step=${step.id}`, env.served.url).href);
      await engage(page);
      await page.waitForSelector(`svg[data-role="fallback"][data-view="${step.view}"] .land path`);
      expect(await svgCountries(page, step.view), `${lang} ${viewport.width}px ${step.id}`).toEqual(
        expect.arrayContaining(step.names),
      );
    }
    await context.close();
  });

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
