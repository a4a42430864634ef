/**
 * Accessibility sweep: axe-core on every edition's built page (English at /, Korean at ko/) at
 * every step of the story, in the light and the dark theme, on a 375 px phone and a 1280 px
 * desktop. Zero violations. The default edition in the light theme is swept by story.test.ts's
 * walk through every step at both sizes, on the same page load as its camera checks; this file
 * sweeps the rest.
 *
 * The map is waited for once per page (so axe sees MapLibre's canvas, not the placeholder); at
 * each step only the active step is waited for: the map is aria-hidden and described in text, so
 * its drawing state does not change what axe checks, and SwiftShader is slow.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, newPage, scrollToStep, useBrowser, engage } from './harness.ts';
import { buildLedger } from '../../src/lib/data/validate.ts';
import { parseStory } from '../../src/lib/story/copy.ts';
import { loadEditions, readLedgerInput } from '../../scripts/lib/load.ts';
import { readProjectFile } from '../helpers/project.ts';

const ledger = buildLedger(readLedgerInput()).ledger!;
// The editions tell the same steps (src/lib/story/editions.ts): their ids are the default's.
const { steps } = parseStory(readProjectFile('data/story.aml'), ledger).story!;
const editions = loadEditions().map((e) => ({ lang: e.lang, path: e.path }));

const VIEWPORTS = {
  '375 px': { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true },
  '1280 px': { viewport: { width: 1280, height: 900 } },
} as const;
const SCHEMES = ['light', 'dark'] as const;

describe('accessibility sweep (axe-core)', () => {
  const env = useBrowser();

  const cases = editions
    .flatMap(({ lang, path }) =>
      SCHEMES.flatMap((scheme) => Object.keys(VIEWPORTS).map((size) => [lang, scheme, size, path] as const)),
    )
    .filter(([, scheme, , path]) => !(path === editions[0].path && scheme === 'light'));
  it.each(cases)('%s edition, %s theme at %s: no violation at any step', async (lang, scheme, size, path) => {
    const { context, page, log } = await newPage(env.browser, {
      ...VIEWPORTS[size as keyof typeof VIEWPORTS],
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
      const violations = await axeViolations(page);
      if (violations.length) found[step.id] = violations;
    }
    expect(found, `${lang}, ${scheme}, ${size}`).toEqual({});
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});
