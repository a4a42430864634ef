/**
 * The Korean edition (dist/ko/), as a Korean reader gets it on a phone and a desktop: the page in
 * Korean from its first byte (lang, hreflang both ways, the switcher), the SVG map and then the
 * live MapLibre map labelled in Korean with the self-hosted Korean cut of the label font, nothing
 * from another origin, and an embed that follows `?lang=ko`.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load.ts';
import { askGlMap, foreignRequests, newPage, scrollToStep, useBrowser, whenHydrated } from './harness.ts';

const en = loadContent();
const ko = loadContent(undefined, 'ko');
const first = ko.story.steps[0];
const storyPlaces = ko.ledger.places.filter((p) => p.role === 'story');

const SIZES = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 } },
} as const;

describe('the Korean edition', () => {
  const env = useBrowser();
  const koUrl = () => new URL('ko/', env.served.url).href;

  it('is Korean in its HTML: lang, headline, alternates both ways, and a switcher to English', async () => {
    const { context, page } = await newPage(env.browser, { javaScriptEnabled: false });
    await page.goto(koUrl());
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    expect((await page.textContent('h1'))?.trim()).toBe(ko.story.headline);
    expect(await page.getAttribute('meta[property="og:locale"]', 'content')).toBe('ko_KR');
    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (ls) =>
      ls.map((l) => [l.getAttribute('hreflang'), (l as HTMLLinkElement).href]),
    );
    expect(alternates).toContainEqual(['en', env.served.url]);
    expect(alternates).toContainEqual(['ko', koUrl()]);
    // The switcher names English in English, and leads to the English page.
    const switcher = page.locator('.editions a[hreflang="en"]');
    expect(await switcher.getAttribute('lang')).toBe('en');
    await switcher.click();
    await page.waitForURL(env.served.url);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect((await page.textContent('h1'))?.trim()).toBe(en.story.headline);
    await page.locator('.editions a[hreflang="ko"]').click();
    await page.waitForURL(koUrl());
    await context.close();
  });

  it('labels the SVG map in Korean, in the page and in its pictures', async () => {
    const { context, page } = await newPage(env.browser, { ...SIZES.phone, javaScriptEnabled: false });
    await page.goto(koUrl());
    const labels = await page.$$eval('svg[data-role="placeholder"] text', (els) => els.map((e) => e.textContent ?? ''));
    // The story's places, by their Korean names (data/places.json), and no English one.
    expect(storyPlaces.filter((p) => labels.includes(p.name)).length).toBeGreaterThan(0);
    for (const p of storyPlaces) expect(labels).not.toContain(p.names.en);
    // The map in words, for screen readers and without the picture, is the Korean scene's.
    const alt = await page.getAttribute(`[data-step="${first.id}"] img.step-map`, 'alt');
    expect(alt).toBe(ko.scenes.steps[first.id].description);
    expect(alt).toMatch(/[\uac00-\ud7a3]/);
    expect(await page.evaluate(() => getComputedStyle(document.body).wordBreak)).toBe('keep-all');
    const picture = await (await page.request.get(new URL(`static/step-${first.id}.svg`, koUrl()).href)).text();
    expect(picture).toContain(ko.scenes.steps[first.id].places.find((p) => p.role === 'story')!.text);
    await context.close();
  });

  it.each(Object.keys(SIZES))(
    '%s: the live map draws Korean labels with the Korean cut of its font, and nothing comes from another origin',
    async (size) => {
      const { context, page, log } = await newPage(env.browser, SIZES[size as keyof typeof SIZES]);
      await page.goto(koUrl());
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      await page.mouse.move(100, 100);
      await page.mouse.wheel(0, 400);
      await scrollToStep(page, first.id);
      await page.waitForSelector('figure.story-map[data-renderer="maplibre"] .gl-map[data-idle="true"]', {
        timeout: 60_000,
      });
      // The labels MapLibre placed on screen: the symbol features it rendered, by their text.
      const drawn: string[] = await askGlMap(
        page,
        (map) =>
          map.queryRenderedFeatures().flatMap((f) => {
            const text: unknown = f.layer.type === 'symbol' ? f.properties?.text : undefined;
            return typeof text === 'string' ? [text] : [];
          }),
        null,
      );
      const shown = ko.scenes.steps[first.id].places.map((p) => p.text);
      expect(
        drawn.some((t) => shown.includes(t) && /[\uac00-\ud7a3]/.test(t)),
        drawn.join(', '),
      ).toBe(true);
      // The label font's Hangul faces came from fonts/map/, as woff2.
      expect(log.requests.filter((u) => /\/fonts\/map\/[a-z]+-\d+\.woff2$/.test(u)).length).toBeGreaterThan(0);
      expect(foreignRequests(log, env.origin)).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      await context.close();
    },
  );

  it('the embed panel gives Korean snippets, pointing at the Korean embeds', async () => {
    const { context, page } = await newPage(env.browser, SIZES.desktop);
    await page.goto(koUrl());
    await whenHydrated(page.locator('[data-embed="map-exchange"] summary'));
    const snippet = (await page.locator('[data-embed="map-exchange"] pre code').textContent())!;
    expect(snippet).toContain(`${koUrl()}embed/map-exchange.html`);
    // The iframe's title, for the host page's screen readers, is the graphic's Korean title.
    const title = (JSON.parse(/"title":("[^"]*")/.exec(snippet)![1]) as string).trim();
    expect(title).toMatch(/[\uac00-\ud7a3]/);
    await context.close();
  });

  it('an embed given ?lang=ko opens in Korean', async () => {
    const { context, page } = await newPage(env.browser, SIZES.desktop);
    await page.goto(new URL('embed/map-kursk.html?lang=ko&theme=dark', env.served.url).href);
    await page.waitForURL(/\/ko\/embed\/map-kursk\.html\?.*theme=dark/);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await context.close();
  });
});
