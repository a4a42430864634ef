/**
 * The story page's own scripts failing or hanging, beside faults.test.ts (which fails MapLibre's
 * parts): the islands' props file, the map's and the scroller's islands, the islands' chunk, the
 * entry and a chunk it imports, Svelte's runtime, a chunk's stylesheet. In each case the map
 * follows the step being read or says it cannot: a late map shows the step's own picture marked as
 * catching up; a failed one gives way to each step's picture in the step, with a note and the
 * live region saying so. Both editions, at phone and desktop sizes, on the built site.
 *
 * How a part fails is one code path whatever the edition and size (the islands' loader and the
 * map's watch); how the page then looks is the page's CSS for each edition and size. So each failure
 * and each hang is tried once, the cases taking the four editions × sizes in turn, and the first
 * failure at each edition and size walks every step's picture: every failure, every hang, and every
 * edition at every size is seen, without trying each failure at each of the four.
 */
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/project.ts';
import { newPage, scrollToStep, useBrowser, waitForGlIdle } from './harness.ts';
import { loadEditionsContent } from '../../scripts/lib/load.ts';

const EDITIONS = loadEditionsContent().map(({ edition, story }) => ({
  path: edition.path,
  lang: edition.lang,
  steps: story.steps,
  words: JSON.parse(readFileSync(join(ROOT, `data/messages/${edition.lang}.json`), 'utf8')) as Record<string, string>,
}));
const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  reducedMotion: 'reduce',
} as const;
const DESKTOP = { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' } as const;
const SIZES = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const;

/** The chunks the entry imports before it runs, as the built page preloads them. */
function entryImport(): string {
  const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
  const href = /rel="modulepreload"[^>]*href="\.\/(assets\/shared-[\w-]+\.js)"/.exec(html)?.[1];
  if (!href) throw new Error('dist/index.html preloads no shared chunk');
  return `**/${href}`;
}

const notFound = (r: Route) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
/** What a host that answers every path with the page (a single-page-app rewrite) sends. */
const storyHtml = (r: Route) =>
  r.fulfill({ status: 200, contentType: 'text/html', body: readFileSync(join(ROOT, 'dist/index.html'), 'utf8') });

/** Each part failing, as a host or a network can make it fail: the reader gets each step's picture. */
const FAILURES: [string, string, (r: Route) => Promise<void>][] = [
  ['the islands’ props file answers 404', '**/assets/islands-*.json', notFound],
  ['the islands’ props file is the story’s HTML', '**/assets/islands-*.json', storyHtml],
  [
    'the islands’ props file is cut short',
    '**/assets/islands-*.json',
    async (r) => {
      try {
        const res = await r.fetch();
        const body = await res.text();
        await r.fulfill({ response: res, body: body.slice(0, body.length / 2) });
      } catch {
        // The test ended and closed its page while the real file was on its way: nothing to answer.
      }
    },
  ],
  ['the map island’s chunk answers 404', '**/assets/island-map-*.js', notFound],
  ['the scroller island’s chunk answers 404', '**/assets/island-scroller-*.js', notFound],
  ['the islands’ chunk answers 404', '**/assets/islands-*.js', notFound],
  ['Svelte’s runtime answers 404', '**/assets/svelte-*.js', notFound],
  ['the entry answers 404', '**/assets/main-*.js', notFound],
  ['a chunk the entry imports answers 404', entryImport(), notFound],
];

/** Each part hanging: the map shows the step being read, as a picture, marked as catching up. */
const HANGS: [string, string][] = [
  ['the islands’ props file', '**/assets/islands-*.json'],
  ['the map island’s chunk', '**/assets/island-map-*.js'],
  ['the entry', '**/assets/main-*.js'],
  ['Svelte’s runtime', '**/assets/svelte-*.js'],
];

/** Scrolls a step's top to a third of the viewport, past the line where it turns active (active.ts). */
async function scrollStepIn(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => {
    const top = document.querySelector(`[data-step="${id}"]`)!.getBoundingClientRect().top;
    scrollBy(0, top - innerHeight / 3);
  }, id);
}

/** Whether an image has come and been decoded (not a broken picture). */
const loaded = (page: Page, selector: string) =>
  page.locator(selector).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);

/** The editions at each size: the cases take them in turn. */
const PAIRS = EDITIONS.flatMap((edition) => SIZES.map(([size, options]) => ({ edition, size, options })));
const FAILURE_CASES = FAILURES.map(([name, url, fault], i) => {
  const { edition, size, options } = PAIRS[i % PAIRS.length];
  return { name, url, fault, edition, lang: edition.lang, size, options, walkAll: i < PAIRS.length };
});
const HANG_CASES = HANGS.map(([name, url], i) => {
  // Offset by one, so that a failure and a hang of the same part (the props file) meet other sizes.
  const { edition, size, options } = PAIRS[(i + 1) % PAIRS.length];
  return { name, url, edition, lang: edition.lang, size, options };
});

describe('the story page’s own scripts fail', () => {
  const env = useBrowser();

  it('tries every failure and every hang, and walks every edition at every size', () => {
    const seen = (cases: { lang: string; size: string }[]) => new Set(cases.map((c) => `${c.lang} ${c.size}`)).size;
    expect(FAILURE_CASES.map((c) => c.name)).toEqual(FAILURES.map(([name]) => name));
    expect(HANG_CASES.map((c) => c.name)).toEqual(HANGS.map(([name]) => name));
    expect(seen(FAILURE_CASES.filter((c) => c.walkAll))).toBe(PAIRS.length);
    expect(seen(HANG_CASES)).toBe(Math.min(PAIRS.length, HANGS.length));
  });

  it.each(FAILURE_CASES)(
    '$name ($lang, $size): each step shows its own map picture, and the page says the map could not load',
    async ({ url, fault, options, walkAll, edition }) => {
      const { context, page, log } = await newPage(env.browser, options);
      let hits = 0;
      await page.route(url, (route) => {
        hits++;
        return fault(route);
      });
      await page.goto(`${env.served.url}${edition.path}`);
      await expect.poll(() => page.getAttribute('html', 'data-map')).toBe('pictures');
      expect(hits).toBeGreaterThan(0);
      const note = page.locator('[data-role="map-failed"]');
      expect(await note.isVisible()).toBe(true);
      expect((await note.textContent())?.trim()).toBe(edition.words['map.failed']);
      expect((await page.locator('[data-role="map-live"]').textContent())?.trim()).toBe(edition.words['map.failed']);
      // The frozen map is gone: no step is read beside a map of another one.
      expect(await page.locator('.scrolly .graphic').isVisible()).toBe(false);
      // Which steps' pictures show is the page's CSS under html[data-map="pictures"], the same
      // whatever failed: every step's picture is walked for the first failure at each size, and
      // for the others the picture of the step in view (the first).
      for (const step of walkAll ? edition.steps : edition.steps.slice(0, 1)) {
        const picture = `[data-step="${step.id}"] img[data-step-picture]`;
        await page.locator(picture).scrollIntoViewIfNeeded();
        expect(await page.locator(picture).isVisible(), step.id).toBe(true);
        expect(await page.getAttribute(picture, 'src')).toMatch(new RegExp(`static/step-${step.id}\\.svg$`));
        await expect.poll(() => loaded(page, picture), { message: step.id }).toBe(true);
        expect(await page.getAttribute(picture, 'alt'), step.id).not.toBe('');
      }
      // No part of the page is wider than the screen once the pictures are in the steps.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        options.viewport.width,
      );
      expect(log.pageErrors).toEqual([]);
      await context.close();
    },
  );

  it.each(HANG_CASES)(
    '$name hangs ($lang, $size): the map shows the step being read, catching up, then follows once it comes',
    async ({ url, options, edition }) => {
      const { context, page, log } = await newPage(env.browser, options);
      const held: Route[] = [];
      await page.route(url, (route) => {
        held.push(route);
      });
      // Not until DOMContentLoaded: a hanging module script holds it back, as it holds back the islands.
      await page.goto(`${env.served.url}${edition.path}`, { waitUntil: 'commit' });
      await page.waitForSelector('h1');
      await expect.poll(() => held.length).toBeGreaterThan(0);
      const catchUp = page.locator('[data-role="catch-up"]');
      // On the first step the prerendered map is the step's own: nothing to catch up.
      expect(await catchUp.isVisible()).toBe(false);
      for (const step of edition.steps.slice(2, 4)) {
        // Again at each look: the steps move as the parts that did come open their folds. The
        // step shown and its picture are read together, as the watch writes them.
        await expect
          .poll(async () => {
            await scrollStepIn(page, step.id);
            return catchUp.evaluate((el) => [el.dataset.showing, el.querySelector('img')?.getAttribute('src')]);
          })
          .toEqual([
            step.id,
            // A phone's picture on a phone (MapPicture), drawn at its size; the wide one on a desktop.
            expect.stringMatching(
              new RegExp(`static/step-${step.id}${options.viewport.width <= 480 ? '-phone' : ''}\\.svg$`),
            ),
          ]);
        expect(await catchUp.isVisible()).toBe(true);
        await expect.poll(() => loaded(page, '[data-role="catch-up"] img')).toBe(true);
        expect((await catchUp.textContent())?.trim()).toBe(edition.words['map.catching_up']);
        // What the reader sees where the map is: the step's picture, not the first step's map.
        const onTop = await page.evaluate(() => {
          const r = document.querySelector('.scrolly .graphic')!.getBoundingClientRect();
          return !!document
            .elementFromPoint(r.left + r.width / 2, r.top + r.height / 3)
            ?.closest('[data-role="catch-up"]');
        });
        expect(onTop, step.id).toBe(true);
      }
      expect((await page.locator('[data-role="map-live"]').textContent())?.trim()).toBe(
        edition.words['map.catching_up'],
      );
      expect(await page.getAttribute('html', 'data-map')).toBe('late');
      // The part comes: the map takes over at the step being read, and the picture goes.
      for (const route of held.splice(0)) await route.continue();
      await page.unroute(url);
      await expect.poll(() => catchUp.isVisible(), { timeout: 20_000 }).toBe(false);
      // (The step in view may have moved as the page took over: folds open beside the map.)
      const viewOfActive = async () => {
        const id = await page.getAttribute('.scrolly', 'data-active-step');
        return edition.steps.find((s) => s.id === id)?.view;
      };
      await expect
        .poll(async () => (await page.getAttribute('figure.story-map', 'data-view')) === (await viewOfActive()))
        .toBe(true);
      expect(await page.getAttribute('.scrolly', 'data-active-step')).not.toBe(edition.steps[0].id);
      expect(await page.getAttribute('html', 'data-map')).toBeNull();
      expect(log.pageErrors).toEqual([]);
      await context.close();
    },
  );

  it('a chunk’s stylesheet answers 404: the islands still run and the map follows the steps', async () => {
    const [edition] = EDITIONS;
    const { context, page, log } = await newPage(env.browser, DESKTOP);
    let hits = 0;
    await page.route('**/assets/style-*.css', (route) => {
      hits++;
      return notFound(route);
    });
    await page.goto(env.served.url);
    const here = edition.steps[2];
    await scrollToStep(page, here.id);
    await expect.poll(() => page.getAttribute('figure.story-map', 'data-view')).toBe(here.view);
    expect(hits).toBeGreaterThan(0);
    await expect.poll(() => page.getAttribute('html', 'data-map')).toBeNull();
    expect(await page.locator('[data-role="map-failed"]').isVisible()).toBe(false);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it.each(EDITIONS.map((e) => [e.lang, e] as const))(
    '%s: a map without land says so, and names its borders only once it draws them',
    async (_, edition) => {
      const { context, page, log } = await newPage(env.browser, DESKTOP);
      await page.goto(`${env.served.url}${edition.path}`);
      await page.locator('[data-island="map"][data-hydrated="true"]').waitFor({ state: 'attached' });
      // Before the reader moves, the map is the prerendered SVG map: no land.
      expect(await page.locator('svg[data-role="placeholder"] .land path').count()).toBe(0);
      const noLand = page.locator('[data-role="no-land-note"]');
      expect((await noLand.textContent())?.trim()).toBe(edition.words['map.no_land']);
      expect(await noLand.isVisible()).toBe(true);
      expect(await page.locator('[data-role="borders-note"]').isVisible()).toBe(false);
      await waitForGlIdle(page, edition.steps[0].view);
      await expect.poll(() => page.locator('[data-role="borders-note"]').isVisible()).toBe(true);
      expect(await noLand.count()).toBe(0);
      expect(log.pageErrors).toEqual([]);
      await context.close();
    },
  );

  it('the map embed’s script fails: its map without land says so, not which borders it follows', async () => {
    const { context, page, log } = await newPage(env.browser, DESKTOP);
    await page.route('**/assets/embed-*.js', notFound);
    await page.goto(`${env.served.url}embed/map-kursk.html`);
    await page.waitForSelector('svg[data-role="placeholder"]');
    expect(await page.locator('svg[data-role="placeholder"] .land path').count()).toBe(0);
    expect(await page.locator('[data-role="no-land-note"]').isVisible()).toBe(true);
    expect(await page.locator('[data-role="borders-note"]').isVisible()).toBe(false);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});
