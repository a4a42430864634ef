/**
 * Accessibility sweep: axe-core on every edition's built page (English at /, Korean at ko/) at
 * every step of the story, in the light and the dark theme, on a phone and a 1280 px desktop. Zero
 * violations. The default edition in the light theme is swept by story.test.ts's walk through every
 * step at both sizes, on the same page load as its camera checks; this file sweeps the rest.
 *
 * The phone is 360 px wide in the light theme and 390 px in the dark one, so that the same walks
 * also ask the live map, at every step, whether it names the story's own countries
 * (story-countries.ts) at 360, 390 and 1280 px in both editions (with story.test.ts's walk at 360
 * and 1280 px); countries.test.ts asks the SVG map and the static pictures.
 *
 * The map is waited for once per page (so axe sees MapLibre's canvas, not the placeholder); at
 * each step, the active step and the map's view, then the country names as MapLibre placed them.
 * axe reads the whole page at the first step, and at the others what a step changes: all but the
 * sections after the story (STEP_SCOPE), which no step touches.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, newPage, scrollToStep, useBrowser, engage, STEP_SCOPE } from './harness.ts';
import { expectGlNames, storyCountries } from './story-countries.ts';
import { loadEditions } from '../../scripts/lib/load.ts';

const editions = loadEditions().map((e) => ({ lang: e.lang, path: e.path }));

const PHONE = { isMobile: true, hasTouch: true } as const;
const SIZES = {
  light: [{ viewport: { width: 360, height: 740 }, ...PHONE }, { viewport: { width: 1280, height: 900 } }],
  dark: [{ viewport: { width: 390, height: 844 }, ...PHONE }, { viewport: { width: 1280, height: 900 } }],
} as const;
const SCHEMES = ['light', 'dark'] as const;

describe('accessibility sweep (axe-core), and the story’s countries on the live map', () => {
  const env = useBrowser();

  const cases = editions
    .flatMap(({ lang, path }) =>
      SCHEMES.flatMap((scheme) => SIZES[scheme].map((size) => ({ lang, path, scheme, size, px: size.viewport.width }))),
    )
    .filter(({ scheme, path }) => !(path === editions[0].path && scheme === 'light'));
  it.each(cases)(
    '$lang edition, $scheme theme at $px px: no violation at any step, and the story’s countries named',
    async ({ lang, path, scheme, size, px }) => {
      const { steps } = storyCountries(lang);
      const { context, page, log } = await newPage(env.browser, {
        ...size,
        colorScheme: scheme,
        reducedMotion: 'reduce',
      });
      await page.goto(new URL(path, env.served.url).href);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await engage(page);
      await page.waitForSelector('[data-renderer="maplibre"][data-idle="true"]', { timeout: 60_000 });
      const found: Record<string, string[]> = {};
      for (const step of steps) {
        await scrollToStep(page, step.id);
        const violations = await axeViolations(page, step === steps[0] ? undefined : STEP_SCOPE);
        if (violations.length) found[step.id] = violations;
        await page.waitForSelector(`figure.story-map[data-view="${step.view}"]`);
        await expectGlNames(page, step.names, `${lang} ${px}px ${step.id}`);
      }
      expect(found, `${lang}, ${scheme}, ${px} px`).toEqual({});
      expect(steps.some((s) => s.names.length > 0)).toBe(true);
      expect(log.pageErrors).toEqual([]);
      await context.close();
    },
  );
});
