/**
 * Embeds carry their slice: every embed page the fixture site builds holds, in its JSON, only what
 * its graphic shows (src/lib/embed/slice.ts). The whole of each page's data is searched, not the
 * field the slice fills: a claim of another quantity, a step's scene or the story's steps anywhere
 * in a chart's page fail it. Reads the built pages (no browser needed; the fixture site is built
 * once per browser run, global-setup.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFixtureSite } from './fixture-site.ts';
import { unpack, type Packed } from '../../src/lib/islands/pack.ts';
import { EMBED_PROPS_ID } from '../../src/lib/embed/graphics.ts';

const site = useFixtureSite();
const { ledger, scenes } = site.content;

/** Every embed page of every edition, as paths in dist/. */
function embedPages(dist: string): string[] {
  const folders = [
    '',
    ...readdirSync(dist, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `${d.name}/`),
  ];
  return folders.flatMap((f) => {
    try {
      return readdirSync(join(dist, f, 'embed'))
        .filter((n) => n.endsWith('.html'))
        .map((n) => `${f}embed/${n}`);
    } catch {
      return [];
    }
  });
}

/** The page's data, as src/embed.ts reads it. */
function dataOf(html: string): unknown {
  const m = new RegExp(`<script type="application/json" id="${EMBED_PROPS_ID}">([\\s\\S]*?)</script>`).exec(html);
  if (!m) throw new Error(`no #${EMBED_PROPS_ID}`);
  return unpack(JSON.parse(m[1]) as Packed);
}

/** Every object in `value` (shared objects once) for which `is` holds. */
function found(value: unknown, is: (o: Record<string, unknown>) => boolean): Record<string, unknown>[] {
  const out = new Set<Record<string, unknown>>();
  const seen = new Set<object>();
  const walk = (v: unknown) => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (!Array.isArray(v) && is(v as Record<string, unknown>)) out.add(v as Record<string, unknown>);
    for (const x of Object.values(v)) walk(x);
  };
  walk(value);
  return [...out];
}

const isClaim = (o: Record<string, unknown>) => 'quote' in o && 'quantity' in o && 'claimant_key' in o;
const isScene = (o: Record<string, unknown>) => 'narration' in o && 'flows' in o && 'bordersNote' in o;
const isStep = (o: Record<string, unknown>) => 'cites' in o && 'reviewed' in o;
const isEvent = (o: Record<string, unknown>) => 'mentions' in o && 'start' in o;

describe('embed pages carry only what their graphic shows (fixture site)', () => {
  it('every page: a chart its quantity’s claims, a map its views, the timeline its events, the story its steps', () => {
    const dist = join(site.dir, 'dist');
    const pages = embedPages(dist);
    expect(pages.length).toBeGreaterThan(0);
    const views = new Set(Object.values(scenes.views).map((s) => s.view.id));
    const checked = new Set<string>();
    for (const page of pages) {
      const data = dataOf(readFileSync(join(dist, page), 'utf8'));
      const name = page.replace(/^.*embed\/|\.html$/g, '');
      const claims = found(data, isClaim);
      const sceneList = found(data, isScene);
      if (name.startsWith('spread-')) {
        const quantity = name.slice('spread-'.length);
        expect(claims.length, page).toBeGreaterThan(0);
        expect(
          claims.filter((c) => c.quantity !== quantity).map((c) => c.id),
          page,
        ).toEqual([]);
        expect(sceneList.length, page).toBe(0);
        expect(found(data, isStep).length, page).toBe(0);
        expect(found(data, isEvent).length, page).toBe(0);
      } else if (name.startsWith('map-')) {
        expect(claims.length, page).toBe(0);
        expect(found(data, isStep).length, page).toBe(0);
        // The named views' scenes only (the map and what ?view= may pin): no step's, no card.
        expect(sceneList.length, page).toBe(views.size);
        expect(new Set(sceneList.map((s) => (s.view as { id: string }).id)), page).toEqual(views);
      } else if (name === 'timeline') {
        expect(claims.length, page).toBe(0);
        expect(sceneList.length, page).toBe(0);
        expect(found(data, isEvent).length, page).toBe(ledger.events.length);
      } else if (name === 'story') {
        const cited = new Set(found(data, isStep).flatMap((s) => s.cites as string[]));
        const spread = new Set(ledger.quantities.filter((q) => q.spread).map((q) => q.id));
        expect(cited.size, page).toBeGreaterThan(0);
        expect(
          claims.filter((c) => !cited.has(c.id as string) && !spread.has(c.quantity as string)).map((c) => c.id),
          page,
        ).toEqual([]);
        expect(found(data, isEvent).length, page).toBe(0);
      } else throw new Error(`${page}: a graphic this test does not know`);
      checked.add(name.replace(/-.*/, ''));
    }
    expect([...checked].sort()).toEqual(['map', 'spread', 'story', 'timeline']);
  });
});
