/**
 * The build's PNG pictures are drawn in each edition's letters, not in empty boxes: in the
 * photographer's Chromium (scripts/lib/png.ts launchPhotographer, with the fonts picture-fonts.ts
 * gives it), every Hangul letter of each page the build photographed is drawn with a font that
 * holds it. Chromium says which fonts drew a node's text (DevTools CSS.getPlatformFontsForNode);
 * whether a font holds the letters is asked of Chromium too: the pages' Hangul set in that font
 * alone comes back drawn by it alone, as letters of different shapes rather than alike boxes. So the test holds on any build machine, with a Korean font of its own or not.
 * Without the picture fonts, this machine drew the Korean card's every letter in DejaVu Sans: boxes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchPhotographer, pictureShot } from '../../scripts/lib/png.ts';
import { hangulIn } from '../../scripts/lib/picture-fonts.ts';
import { DIST } from '../../scripts/lib/dist.ts';
import { loadEditions } from '../../scripts/lib/load.ts';
import { serveDist, type Served } from './harness.ts';

/** The shots the build took into each edition's static/ PNGs (png.ts pictureShot), and their pages. */
const shots = loadEditions().flatMap(({ path }) =>
  readdirSync(join(DIST, path, 'static'))
    .filter((f) => f.endsWith('.png'))
    .map((f) => pictureShot(path, f.replace(/\.png$/, ''))),
);
const pages = shots.map((s) => s.page);

/** What DevTools' DOM.getDocument gives of a node (the fields read here). */
interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  children?: DomNode[];
  contentDocument?: DomNode;
}

interface Drawn {
  fonts: { familyName: string; glyphCount: number }[];
}

async function session(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  return cdp;
}

describe('the PNG pictures are drawn in Hangul where their pages hold it', () => {
  const live: { photographer?: Awaited<ReturnType<typeof launchPhotographer>>; served?: Served } = {};
  beforeAll(async () => {
    live.served = await serveDist();
    live.photographer = await launchPhotographer(pages);
  });
  afterAll(async () => {
    await live.photographer?.close();
    await live.served?.close();
  });

  /**
   * Whether `family` holds every Hangul letter the pictures' pages hold: set in it alone, they come
   * back drawn by it alone, and as letters (of different shapes), not as boxes.
   */
  const all = hangulIn(pages.map((p) => readFileSync(join(DIST, p.split('?')[0]), 'utf8')));
  const held = new Map<string, Promise<boolean>>();
  function holds(browser: Browser, family: string): Promise<boolean> {
    if (!held.has(family))
      held.set(
        family,
        (async () => {
          const page = await browser.newPage();
          await page.setContent(`<span style="font-family: '${family}'">${all}</span>`);
          const cdp = await session(page);
          const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
          const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'span' });
          const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as Drawn;
          // Drawn by it alone is not enough: with no font for a letter, Chromium draws the first
          // font's empty box and names that font. Boxes are all alike; letters are not.
          const shapes = await page.evaluate(
            ({ family, letters }) => {
              const canvas = document.createElement('canvas');
              canvas.width = canvas.height = 48;
              const ctx = canvas.getContext('2d')!;
              ctx.font = `40px '${family}'`;
              const shape = (ch: string) => {
                ctx.clearRect(0, 0, 48, 48);
                ctx.fillText(ch, 4, 40);
                return ctx.getImageData(0, 0, 48, 48).data.join();
              };
              return new Set([...letters].slice(0, 8).map(shape)).size;
            },
            { family, letters: all },
          );
          await page.close();
          return fonts.length === 1 && fonts[0].familyName === family && shapes > 1;
        })(),
      );
    return held.get(family)!;
  }

  it('photographs at least one page with Hangul (the Korean edition)', () => {
    expect(pages.some((p) => p.startsWith('ko/'))).toBe(true);
  });

  it.each(pages)('%s: every Hangul letter is drawn with a font that holds it', async (path) => {
    const { browser } = live.photographer!;
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(new URL(path, live.served!.url).href);
    const cdp = await session(page);
    // The whole tree at once; each element with its own text (its text children), which the fonts
    // Chromium reports for it drew.
    const root = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })).root as DomNode;
    const elements: { nodeId: number; nodeName: string; own: string }[] = [];
    const walk = (node: DomNode) => {
      const children = node.children ?? [];
      const own = children
        .filter((c) => c.nodeType === 3)
        .map((c) => c.nodeValue)
        .join('');
      if (node.nodeType === 1 && hangulIn([own])) elements.push({ nodeId: node.nodeId, nodeName: node.nodeName, own });
      for (const c of [...children, ...(node.contentDocument ? [node.contentDocument] : [])]) walk(c);
    };
    walk(root);
    const boxes: string[] = [];
    let checked = 0;
    for (const { nodeId, nodeName, own } of elements) {
      const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as Drawn;
      // Not drawn at all (the document's title, a folded table, a visually hidden hint): not in the picture.
      if (fonts.length === 0) continue;
      let drawn = 0;
      for (const f of fonts) if (await holds(browser, f.familyName)) drawn += f.glyphCount;
      checked += 1;
      const count = [...own].filter((ch) => hangulIn([ch])).length;
      if (drawn < count) boxes.push(`${nodeName} "${own.trim().slice(0, 40)}": ${JSON.stringify(fonts)}`);
    }
    await page.close();
    if (path.startsWith('ko/')) expect(checked, path).toBeGreaterThan(0);
    expect(boxes, path).toEqual([]);
  });

  // The words drawn into a chart's SVG (month ticks, axis labels, badges) are set where its layout
  // put them, wrapping nowhere: a label the layout gave too little room runs out of the picture.
  // "2024년 10월" did, left of the timeline's axis, losing its first digit.
  it.each(shots.map((s) => [s.page, s] as const))('%s: no word in a chart is cut off at its edge', async (_, shot) => {
    const page = await live.photographer!.browser.newPage({ viewport: shot.viewport, javaScriptEnabled: false });
    await page.goto(new URL(shot.page, live.served!.url).href);
    const cut = await page.evaluate((element) => {
      const frame = element
        ? document.querySelector(element)!.getBoundingClientRect()
        : new DOMRect(0, 0, innerWidth, innerHeight);
      return [...document.querySelectorAll('svg text')]
        .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }))
        .filter(({ text, box }) => text.trim() && box.width > 0)
        .filter(({ box }) => box.left < frame.left - 0.5 || box.right > frame.right + 0.5)
        .map(
          ({ text, box }) =>
            `"${text}" from ${box.left.toFixed(1)} to ${box.right.toFixed(1)} px, the picture ${frame.left.toFixed(1)} to ${frame.right.toFixed(1)}`,
        );
    }, shot.element);
    await page.close();
    expect(cut, shot.page).toEqual([]);
  });
});
