/**
 * No two labels overlap, at any step, in the SVG map (Chromium without WebGL2, whose labels are
 * elements that can be measured), at 1280×800 and 390×844: the boxes of the place and country names
 * the shared placement kept (placement.ts), as the browser lays them out. A zoomed step shows its
 * locator inset, a step that shows the whole route none, and the caption says, in short, which
 * borders the map follows. The real story: ids and steps are read from data/, never typed.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load.ts';
import { engage, newPage, useBrowser } from './harness.ts';

const { story, scenes } = loadContent();
const NO_WEBGL = ['--disable-gpu', '--disable-software-rasterizer'];
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

describe('labels never overlap in the SVG map (live data)', () => {
  const env = useBrowser(NO_WEBGL);

  it.each(SIZES)('at every step at $width×$height', async (viewport) => {
    const { context, page } = await newPage(env.browser, { viewport, colorScheme: 'light', reducedMotion: 'reduce' });
    const problems: string[] = [];
    for (const step of story.steps) {
      const scene = scenes.steps[step.id];
      await page.goto(`${env.served.url}?step=${step.id}`);
      await engage(page);
      await expect.poll(() => page.getAttribute('.scrolly', 'data-active-step')).toBe(step.id);
      const svg = `svg[data-role="fallback"][data-view="${step.view}"]`;
      await page.waitForSelector(`${svg} .land path`);
      const found = await page.evaluate((svg) => {
        const boxes = [...document.querySelectorAll(`${svg} .places text, ${svg} .countries text`)].map((t) => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        });
        const clash: string[] = [];
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1))
            if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
              clash.push(`"${a.text}" overlaps "${b.text}"`);
        return {
          clash,
          labels: boxes.length,
          countries: document.querySelectorAll(`${svg} .countries text`).length,
          locators: document.querySelectorAll(`${svg} [data-locator]`).length,
          note: document.querySelector('.story-map [data-role="borders-note"]')?.textContent ?? '',
        };
      }, svg);
      problems.push(...found.clash.map((c) => `${step.id}: ${c}`));
      expect(found.labels, step.id).toBeGreaterThan(0);
      expect(found.countries, `${step.id}: a country is named`).toBeGreaterThan(0);
      expect(found.locators, `${step.id}: locator`).toBe(scene.locator ? 1 : 0);
      expect(found.note).toContain(scene.bordersShort);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
