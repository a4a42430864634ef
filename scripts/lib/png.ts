/**
 * The build's PNG pictures, all made the same way: dist/ served on loopback with the story's
 * headers (scripts/lib/serve.ts), as a reader gets it, and one headless Chromium
 * (scripts/lib/chromium.ts) photographing each page with scripts off, with the Hangul the pages
 * hold (picture-fonts.ts). Without Chromium it warns and makes none: the SVG pictures and the
 * pages stay.
 */
import type { Browser } from 'playwright-core';
import { CHROMIUM, hasChromium, launch, SOFTWARE_COMPOSITING } from './chromium.ts';
import { writeInDist } from './dist.ts';
import { pictureFonts } from './picture-fonts.ts';
import { ROOT } from './load.ts';
import { serve } from './serve.ts';

export interface Shot {
  /** The page to photograph, relative to dist/ ("static/card.svg", "embed/timeline.html?theme=light"). */
  page: string;
  /** The PNG to write, relative to dist/. */
  file: string;
  viewport: { width: number; height: number };
  /** Photograph only this element (as tall as it is); the viewport otherwise. */
  element?: string;
}

/** The social card's picture name: `static/card.png`, photographed from `static/card.svg`. */
export const CARD = 'card';

/**
 * The shot that makes an edition's picture `static/<id>.png` (`path`: the edition's folder, "" or
 * "ko/"): the social card from its SVG at 1200×630, any other graphic from its embed page with
 * scripts off (exactly what a reader without JavaScript gets), the embed's box only.
 */
export function pictureShot(path: string, id: string): Shot {
  const file = `${path}static/${id}.png`;
  if (id === CARD) return { page: `${path}static/${CARD}.svg`, file, viewport: { width: 1200, height: 630 } };
  return {
    page: `${path}embed/${id}.html?theme=light`,
    file,
    viewport: { width: 720, height: 600 },
    element: '.embed',
  };
}

/**
 * The photographer: Chromium composited in software, with the Hangul `pages` (in dist/) hold
 * (picture-fonts.ts). `close` closes it and removes the fonts' temporary folder.
 */
export async function launchPhotographer(pages: string[]): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const fonts = await pictureFonts(pages);
  try {
    const browser = await launch([SOFTWARE_COMPOSITING], { env: { ...process.env, ...fonts.env } });
    return {
      browser,
      close: async () => {
        await browser.close();
        fonts.cleanup();
      },
    };
  } catch (e) {
    fonts.cleanup();
    throw e;
  }
}

/** Writes every shot's PNG into dist/ and returns the files written (none without Chromium). */
export async function photograph(shots: Shot[]): Promise<string[]> {
  if (!shots.length) return [];
  if (!hasChromium()) {
    console.warn(
      `build: no ${CHROMIUM}, so no ${shots.map((s) => s.file).join(', ')}; the SVG pictures and the pages stay.`,
    );
    return [];
  }
  const served = await serve(ROOT);
  try {
    const photographer = await launchPhotographer(shots.map((s) => s.page));
    try {
      for (const shot of shots) {
        const page = await photographer.browser.newPage({ viewport: shot.viewport, javaScriptEnabled: false });
        try {
          const response = await page.goto(new URL(shot.page, served.url).href);
          if (!response?.ok()) throw new Error(`build: ${shot.page} answered ${response?.status()}, no ${shot.file}`);
          const take = () => (shot.element ? page.locator(shot.element).screenshot() : page.screenshot());
          // Chromium sometimes refuses one capture on a busy machine ("Unable to capture
          // screenshot"; seen once in CI, never alone): the same page is asked once more.
          const png = await take().catch((e: unknown) => {
            if (!String(e).includes('Unable to capture screenshot')) throw e;
            console.warn(`build: ${shot.file}: Chromium refused one capture; asking again`);
            return take();
          });
          writeInDist(shot.file, png);
        } finally {
          await page.close();
        }
      }
    } finally {
      await photographer.close();
    }
  } finally {
    await served.close();
  }
  return shots.map((s) => s.file);
}
