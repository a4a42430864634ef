/**
 * A map pinned by the link (?view=, &flows=) is pinned whole or not at all: a link with an unknown
 * id reads as the page without it, and a valid pin says so over the map, with a button that lets
 * the map follow the story again. Both editions, on the built site.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/project.ts';
import { newPage, scrollToStep, useBrowser } from './harness.ts';
import { loadEditionsContent } from '../../scripts/lib/load.ts';

const EDITIONS = loadEditionsContent().map(({ edition, story, scenes }) => ({
  path: edition.path,
  lang: edition.lang,
  steps: story.steps,
  scenes,
  words: JSON.parse(readFileSync(join(ROOT, `data/messages/${edition.lang}.json`), 'utf8')) as Record<string, string>,
}));
const DESKTOP = { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' } as const;
const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  reducedMotion: 'reduce',
} as const;

type Edition = (typeof EDITIONS)[number];

/** The map shows the step the reader is on: its view and its flows. */
async function expectFollows(page: Page, edition: Edition, index: number) {
  const step = edition.steps[index];
  await scrollToStep(page, step.id);
  const scene = edition.scenes.steps[step.id];
  const flows = scene.flows
    .filter((f) => f.visible)
    .map((f) => f.visual.id)
    .join(' ');
  await expect.poll(() => page.getAttribute('figure.story-map', 'data-view')).toBe(step.view);
  expect(await page.getAttribute('figure.story-map', 'data-flows')).toBe(flows);
}

describe('pins from the link', () => {
  const env = useBrowser();

  for (const edition of EDITIONS) {
    const options = edition.lang === 'ko' ? PHONE : DESKTOP;
    const [first, , , , , later] = edition.steps;
    const views = Object.keys(edition.scenes.views);
    const pinView = views.find((v) => v !== later.view && v !== first.view)!;

    it(`${edition.lang}: a pin with an unknown flow is refused whole: no pin, the map follows every step`, async () => {
      const { context, page, log } = await newPage(env.browser, options);
      await page.goto(`${env.served.url}${edition.path}?step=${later.id}&view=${pinView}&flows=troopz`);
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      await page.locator('[data-island="map"][data-hydrated="true"]').waitFor({ state: 'attached' });
      expect(await page.locator('[data-role="pinned"]').count()).toBe(0);
      for (const i of [edition.steps.indexOf(later), 1, 2]) await expectFollows(page, edition, i);
      expect(log.pageErrors).toEqual([]);
      await context.close();
    });

    it(`${edition.lang}: a valid pin says so over the map, and "Follow the story" unpins it`, async () => {
      const { context, page, log } = await newPage(env.browser, options);
      const flow = edition.scenes.views[pinView].flows[0].visual.id;
      await page.goto(`${env.served.url}${edition.path}?view=${pinView}&flows=${flow}`);
      const line = page.locator('[data-role="pinned"]');
      await line.waitFor();
      const label = edition.scenes.views[pinView].view.label;
      expect(await line.textContent()).toContain(edition.words['map.pinned'].replace('{view}', label));
      expect(await line.isVisible()).toBe(true);
      // Pinned: the map stays on the view, whatever the step.
      await scrollToStep(page, edition.steps[2].id);
      await expect.poll(() => page.getAttribute('figure.story-map', 'data-view')).toBe(pinView);
      expect(await page.getAttribute('figure.story-map', 'data-flows')).toBe(flow);
      expect(await line.isVisible()).toBe(true);
      await line.getByRole('button', { name: edition.words['map.follow'] }).click();
      await expect.poll(() => line.count()).toBe(0);
      expect(new URL(page.url()).search).toBe('');
      await expect.poll(() => page.getAttribute('figure.story-map', 'data-view')).toBe(edition.steps[2].view);
      await expectFollows(page, edition, 3);
      expect(log.pageErrors).toEqual([]);
      await context.close();
    });
  }
});
