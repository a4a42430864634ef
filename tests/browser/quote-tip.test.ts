/**
 * The quote of a spread chart's mark on the built page: on a phone a tap opens it, and a second
 * tap on the mark or a tap outside it closes it; with a mouse, hovering opens it, leaving closes
 * it, and a click keeps it open until a click elsewhere. (Focus and Escape: story.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from '../helpers/project.ts';
import { newPage, useBrowser, whenHydrated } from './harness.ts';
import type { PublishedClaim } from '../../src/lib/data/publish.ts';

const claims = JSON.parse(readFileSync(join(ROOT, 'dist/claims.json'), 'utf8')) as PublishedClaim[];
const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

/** The first chart's first mark, that chart's tooltip, and somewhere in the chart outside the mark. */
function parts(page: Page): { mark: Locator; tip: Locator; outside: Locator } {
  const chart = page.locator('figure.spread').first();
  return {
    mark: chart.locator('[role="button"][data-claim]').first(),
    tip: chart.locator('[role="tooltip"]'),
    outside: chart.locator('.row-label').first(),
  };
}

describe('the quote of a chart mark', () => {
  const env = useBrowser();

  it('opens on a tap, and closes on a second tap or on a tap outside the mark', async () => {
    const { context, page, log } = await newPage(env.browser, {
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
      reducedMotion: 'reduce',
    });
    await page.goto(env.served.url);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    // On a phone a step's chart is folded under its text: a tap opens it.
    await page.locator('details.fold > summary').first().tap();
    const { mark, tip, outside } = parts(page);
    await whenHydrated(mark);
    const id = await mark.getAttribute('data-claim');
    const claim = claims.find((c) => c.id === id)!;

    await mark.tap();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(squash(await tip.innerText())).toContain(squash(claim.quote));
    expect(await mark.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    await mark.tap();
    await expect.poll(() => tip.count()).toBe(0);

    await mark.tap();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await outside.tap();
    await expect.poll(() => tip.count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it('opens on hover and closes on leaving, unless a click keeps it open until a click elsewhere', async () => {
    const { context, page, log } = await newPage(env.browser, {
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    });
    await page.goto(env.served.url);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const { mark, tip, outside } = parts(page);
    await whenHydrated(mark);

    await mark.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await outside.hover();
    await expect.poll(() => tip.count()).toBe(0);

    await mark.click();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.mouse.move(0, 0);
    expect(await tip.isVisible()).toBe(true);
    await outside.click();
    await expect.poll(() => tip.count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});
