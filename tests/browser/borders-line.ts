/**
 * The borders note under the story's map on a phone: at most two lines (counted from the text's
 * own line boxes, Range.getClientRects, and from its height over one line's), holding the scene's
 * short note and linking, on the same page, to the full note, which the page holds once, in the
 * method. The step's key (folded on a phone) holds the full note too, when the step has a key (it
 * shows a flow). countries.test.ts asks it at every step of its walks at 320, 360 and 390 px in both
 * editions; borders-note.test.ts asks the embeds and the static pictures.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { loadEditionsContent } from '../../scripts/lib/load.ts';

type Content = ReturnType<typeof loadEditionsContent>[number];

/** Whitespace as the reader sees it: runs of it one space, none at the ends. */
export const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Checks the note under the story's map at the step `stepId` of `content`, which the page shows. */
export async function expectBordersLine(page: Page, content: Content, stepId: string, where: string): Promise<void> {
  const scene = content.scenes.steps[stepId];
  const note = await page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('.story-map [data-role="borders-note"]')!;
    const range = document.createRange();
    range.selectNodeContents(el);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const tops = new Set(rects.map((r) => Math.round(r.top)));
    const line = Math.max(...rects.map((r) => r.height));
    const link = el.querySelector('a')!;
    return {
      text: el.textContent ?? '',
      lines: tops.size,
      byHeight: Math.round(el.getBoundingClientRect().height / line),
      target: new URL(link.href).hash.slice(1),
      samePage: new URL(link.href).pathname === location.pathname,
    };
  });
  expect(squash(note.text), where).toContain(scene.bordersShort);
  expect(note.lines, `${where}: ${note.text}`).toBeLessThanOrEqual(2);
  expect(note.byHeight, where).toBeLessThanOrEqual(2);
  expect(note.samePage, where).toBe(true);
  // The link's target: the full note, once on the page, in the method.
  const full = await page.evaluate((id) => {
    const found = document.querySelectorAll(`[id="${id}"]`);
    return { count: found.length, text: found[0]?.textContent, inMethod: !!found[0]?.closest('.method') };
  }, note.target);
  expect(full.count, where).toBe(1);
  expect(squash(full.text), where).toBe(scene.bordersNote);
  expect(full.inMethod, where).toBe(true);
  if (!scene.flows.some((f) => f.visible)) return;
  const key = await page
    .locator(`[data-step="${stepId}"] .key [data-role="borders-note-full"]`)
    .evaluate((el) => el.textContent);
  expect(squash(key), where).toBe(scene.bordersNote);
}
