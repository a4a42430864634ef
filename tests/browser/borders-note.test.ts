/**
 * The map's space is the map's, on a phone: under the story's map the borders note takes at most
 * two lines and links to the full note, which the page holds once, in the method; each step's key
 * carries it too. That is asked at every step of countries.test.ts's walks, at 320, 360 and 390 px
 * in both editions (borders-line.ts). Here: a map embed writes the note once, in its key, and the
 * line under its map links there; each static picture writes it whole. The real story: steps and
 * words are read from data/, never typed.
 */
import { describe, expect, it } from 'vitest';
import { loadEditionsContent } from '../../scripts/lib/load.ts';
import { newPage, useBrowser } from './harness.ts';
import { squash } from './borders-line.ts';

const editions = loadEditionsContent();
const NO_WEBGL = ['--disable-gpu', '--disable-software-rasterizer'];
const PHONE = { width: 390, height: 844 };

describe('the borders note on a phone, and the full note (live data)', () => {
  const env = useBrowser(NO_WEBGL);

  it.each(editions.map((c) => c.edition.lang))(
    '%s: a map embed writes the full note once, in its key, and the line under the map links to it',
    async (lang) => {
      const content = editions.find((c) => c.edition.lang === lang)!;
      const { context, page } = await newPage(env.browser, { viewport: PHONE, reducedMotion: 'reduce' });
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
