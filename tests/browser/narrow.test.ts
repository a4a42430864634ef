/**
 * No sideways scroll on narrow phones, with everything the page folds opened: at 320, 360 and 390
 * px, in both editions, every <details> open (charts, their data tables, the map keys, the
 * timeline's mentions, the embed snippets), the page is never wider than the screen. What is wider
 * (a table) scrolls inside a container of its own, which can be reached from the keyboard and
 * shows a shade at the edge the rest of it lies beyond.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { newPage, useBrowser } from './harness.ts';

const WIDTHS = [320, 360, 390];
const EDITIONS = ['', 'ko/'];

/** Scrolls through the page so that every island hydrates, then opens every disclosure. */
async function openEverything(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  // Down to the end as it is now: sections are laid out (and grow) as they come near.
  while (await page.evaluate(() => scrollY + innerHeight < document.documentElement.scrollHeight - 1)) {
    await page.evaluate(() => scrollBy(0, 500));
    await page.waitForTimeout(20);
  }
  // Any island a fast scroll went past is brought into view, as a reader stopping there would.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const late = [...document.querySelectorAll<HTMLElement>('[data-island]')].filter(
          (el) => el.dataset.hydrated !== 'true',
        );
        (late[0]?.closest('details') ?? late[0]?.parentElement)?.scrollIntoView();
        return late.map((el) => `${el.dataset.island} ${el.dataset.islandError ?? ''}`);
      }),
    )
    .toEqual([]);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Elements reaching past the screen's right edge that no scroll container of their own holds. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    return [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
      .filter((el) => !el.closest('.visually-hidden, dialog:not([open])'))
      .filter((el) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (scrolls(p)) return false;
        return true;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  });
}

describe('narrow phones, everything open', () => {
  const env = useBrowser();

  for (const path of EDITIONS) {
    it.each(WIDTHS)(`${path || 'en'} at %i px: the page never scrolls sideways`, async (width) => {
      // Reduced motion: the map jumps to each step the scroll passes instead of flying there (the
      // page's width is the question here, and SwiftShader's flights are most of this test's time).
      const { context, page, log } = await newPage(env.browser, {
        viewport: { width, height: 740 },
        isMobile: true,
        hasTouch: true,
        reducedMotion: 'reduce',
      });
      await page.goto(`${env.served.url}${path}`);
      await openEverything(page);
      expect(await page.locator('details:not([open])').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await overflowing(page)).toEqual([]);
      // Swiping sideways moves nothing.
      await page.evaluate(() => scrollBy(200, 0));
      expect(await page.evaluate(() => scrollX)).toBe(0);
      expect(log.pageErrors).toEqual([]);
      await context.close();
    });
  }

  it('a data table wider than the screen scrolls in its own container, reachable and shaded where it goes on', async () => {
    const { context, page } = await newPage(env.browser, { viewport: { width: 320, height: 740 }, isMobile: true });
    await page.goto(env.served.url);
    await openEverything(page);
    const boxes = page.locator('details.data [role="region"]');
    const wide = await boxes.evaluateAll((els) =>
      els.map((el, i) => ({ i, more: el.scrollWidth > el.clientWidth + 1 })).filter((b) => b.more),
    );
    // The story's tables hold long names: at 320 px one at least is wider than the screen.
    expect(wide.length).toBeGreaterThan(0);
    const box = boxes.nth(wide[0].i);
    // Its quotes are set to the box's width, not the table's, and stay in view as it scrolls: each
    // line reads without scrolling sideways, from the table's start and from its end.
    for (const end of [false, true]) {
      const past = await box.evaluate((el, end) => {
        el.scrollLeft = end ? el.scrollWidth : 0;
        const frame = el.getBoundingClientRect();
        return [...el.querySelectorAll('.quote-row td > *')]
          .map((q) => q.getBoundingClientRect())
          .filter((r) => r.width > 0 && (r.left < frame.left - 0.5 || r.right > frame.right + 0.5))
          .map(
            (r) =>
              `${r.left.toFixed(0)}–${r.right.toFixed(0)} px in ${frame.left.toFixed(0)}–${frame.right.toFixed(0)}`,
          );
      }, end);
      expect(past, end ? 'scrolled to its end' : 'at its start').toEqual([]);
    }
    await box.evaluate((el) => (el.scrollLeft = 0));
    expect(await box.getAttribute('tabindex')).toBe('0');
    expect(await box.getAttribute('aria-label')).toBeTruthy();
    await box.scrollIntoViewIfNeeded();
    // A strip at each inner edge, and the page's background beside the container: the right edge,
    // where the table goes on, is shaded; the left, where it starts, is not.
    const rect = (await box.boundingBox())!;
    // Near the bottom of the part of the box on screen, below the sticky map; the lightest pixel of
    // a strip is its background (text in it is darker still).
    const y = Math.min(rect.y + rect.height, 740) - 60;
    const strip = async (x: number) => {
      const png = PNG.sync.read(await page.screenshot({ clip: { x, y, width: 3, height: 50 } }));
      let lightest = 0;
      for (let i = 0; i < png.data.length; i += 4)
        lightest = Math.max(lightest, png.data[i] + png.data[i + 1] + png.data[i + 2]);
      return lightest;
    };
    const edge = { left: await strip(rect.x), right: await strip(rect.x + rect.width - 4) };
    const before = edge.right;
    expect(edge.right).toBeLessThan(edge.left - 30);
    // Scrolled to its end, the shade moves to the left edge.
    await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await page.waitForTimeout(100);
    expect(await strip(rect.x)).toBeLessThan(edge.left - 30);
    expect(await strip(rect.x + rect.width - 4)).toBeGreaterThan(before + 30);
    await context.close();
  });
});
