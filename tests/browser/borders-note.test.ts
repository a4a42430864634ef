/**
 * The map's space is the map's, on a phone: under the story's map the borders note takes at most
 * two lines at 320, 360 and 390 px in both editions (lines counted from the text's own line boxes,
 * Range.getClientRects, and from its height over one line's), and links to the full note, which
 * the page holds once, in the method; each step's key and each static picture carry it too. A map
 * embed writes it once, in its key, and the line under its map links there (countries.test.ts
 * checks that no place's label touches a flow's arrowhead, on its walk through the steps). The real
 * story: steps and words are read from data/, never typed.
 */
import { describe, expect, it } from 'vitest';
import { loadEditionsContent } from '../../scripts/lib/load.ts';
import { engage, newPage, useBrowser } from './harness.ts';

const editions = loadEditionsContent();
const NO_WEBGL = ['--disable-gpu', '--disable-software-rasterizer'];
const PHONES = [
  { width: 320, height: 568 },
  { width: 360, height: 740 },
  { width: 390, height: 844 },
];
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('the borders note on a phone, and the full note (live data)', () => {
  const env = useBrowser(NO_WEBGL);

  it.each(editions.flatMap((c) => PHONES.map((viewport) => ({ lang: c.edition.lang, viewport }))))(
    '$lang at $viewport.width px: two lines at most under the map, linking to the full note',
    async ({ lang, viewport }) => {
      const content = editions.find((c) => c.edition.lang === lang)!;
      const steps = content.story.steps;
      const { context, page } = await newPage(env.browser, { viewport, reducedMotion: 'reduce' });
      for (const step of [steps[0], steps.at(-1)!]) {
        const scene = content.scenes.steps[step.id];
        await page.goto(new URL(`${content.edition.path}?step=${step.id}`, env.served.url).href);
        await engage(page);
        await page.waitForSelector(`svg[data-view="${step.view}"] .land path`);
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
        const where = `${lang} ${viewport.width}px ${step.id}`;
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
        // The step's key holds it too (folded on a phone), when the step has one (it shows a flow).
        if (!scene.flows.some((f) => f.visible)) continue;
        const key = await page
          .locator(`[data-step="${step.id}"] .key [data-role="borders-note-full"]`)
          .evaluate((el) => el.textContent);
        expect(squash(key), where).toBe(scene.bordersNote);
      }
      await context.close();
    },
  );

  it.each(editions.map((c) => c.edition.lang))(
    '%s: a map embed writes the full note once, in its key, and the line under the map links to it',
    async (lang) => {
      const content = editions.find((c) => c.edition.lang === lang)!;
      const { context, page } = await newPage(env.browser, { viewport: PHONES[2], reducedMotion: 'reduce' });
      for (const [id, scene] of Object.entries(content.scenes.views)) {
        const where = `${lang} map-${id}`;
        await page.goto(new URL(`${content.edition.path}embed/map-${id}.html?theme=light`, env.served.url).href);
        await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
        await page.waitForSelector(`svg[data-view="${id}"] .land path`);
        const seen = await page.evaluate(() => {
          const full = [...document.querySelectorAll('[data-role="borders-note-full"]')];
          const note = document.querySelector<HTMLElement>('.story-map [data-role="borders-note"]')!;
          const range = document.createRange();
          range.selectNodeContents(note);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          const link = new URL(note.querySelector('a')!.href);
          const target = document.getElementById(link.hash.slice(1));
          return {
            full: full.map((el) => ({ text: el.textContent, inKey: !!el.closest('.legend'), id: el.id })),
            short: note.textContent ?? '',
            hidden: note.hidden,
            lines: tops.size,
            // Following the link only scrolls: the same page, with its own query (pym's, the theme).
            samePage: link.pathname === location.pathname && link.search === location.search,
            target: target?.getAttribute('data-role'),
          };
        });
        expect(seen.full.length, where).toBe(1);
        expect(squash(seen.full[0].text), where).toBe(scene.bordersNote);
        expect(seen.full[0].inKey, where).toBe(true);
        expect(seen.hidden, where).toBe(false);
        expect(squash(seen.short), where).toContain(scene.bordersShort);
        expect(squash(seen.short), where).not.toContain(scene.bordersNote);
        expect(seen.lines, where).toBeLessThanOrEqual(2);
        expect(seen.samePage, where).toBe(true);
        expect(seen.target, where).toBe('borders-note-full');
      }
      await context.close();
    },
  );

  it.each(editions.map((c) => c.edition.lang))(
    '%s: every static picture (steps, views) writes the full note',
    async (lang) => {
      const content = editions.find((c) => c.edition.lang === lang)!;
      const { context, page } = await newPage(env.browser, { viewport: { width: 1280, height: 800 } });
      const pictures = [
        ...content.story.steps.map((s) => ({ file: `step-${s.id}`, scene: content.scenes.steps[s.id] })),
        ...Object.entries(content.scenes.views).map(([id, scene]) => ({ file: `map-${id}`, scene })),
      ];
      for (const { file, scene } of pictures) {
        await page.goto(new URL(`${content.edition.path}static/${file}.svg`, env.served.url).href);
        const note = await page.evaluate(() => {
          const g = document.querySelector('[data-role="borders-note-full"]');
          const r = g?.getBoundingClientRect();
          const svg = document.documentElement.getBoundingClientRect();
          return {
            text: [...(g?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent).join(' '),
            inside: !!r && r.bottom <= svg.bottom + 0.5 && r.right <= svg.right + 0.5,
          };
        });
        expect(squash(note.text), `${lang} ${file}`).toBe(scene.bordersNote);
        expect(note.inside, `${lang} ${file}`).toBe(true);
      }
      await context.close();
    },
  );
});
