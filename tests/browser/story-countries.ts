/**
 * The story's own countries (data/countries.json role "story": North Korea, Russia, Ukraine), and
 * whether the live map names them at a step. Which countries a step shows is its scene's (a country
 * with some of its shape inside the view); no id or name is typed. The walks through every step
 * (story.test.ts and a11y.test.ts) ask it at each step, at 360, 390 and 1280 px in both editions;
 * countries.test.ts asks the SVG map and the static pictures.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { loadEditionsContent } from '../../scripts/lib/load.ts';
import { LABELS } from '../../src/lib/map/gl/style.ts';
import { askGlMap } from './harness.ts';

/** Every edition's content, loaded once for the files that ask about the countries. */
export const editions = loadEditionsContent();

/** An edition's content, and the names of the story's countries each step's scene shows. */
export function storyCountries(lang: string) {
  const content = editions.find((c) => c.edition.lang === lang);
  if (!content) throw new Error(`storyCountries: no edition "${lang}"`);
  const story = content.ledger.countries.filter((c) => c.role === 'story').map((c) => c.id);
  const steps = content.story.steps.map((s) => ({
    id: s.id,
    view: s.view,
    names: content.scenes.steps[s.id].countries.filter((c) => story.includes(c.id)).map((c) => c.text),
  }));
  return { content, steps };
}

/**
 * Waits until the live map, at the step in view, has drawn a symbol on its country-name layer for
 * each of `names` (MapLibre's own queryRenderedFeatures: what it placed, not what it was given).
 */
export async function expectGlNames(page: Page, names: string[], message: string): Promise<void> {
  await expect
    .poll(
      () =>
        askGlMap(
          page,
          (map, layer) => map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.text)),
          LABELS,
        ),
      { timeout: 30_000, message },
    )
    .toEqual(expect.arrayContaining(names));
}
