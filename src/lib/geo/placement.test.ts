/**
 * placeLabels: at every size, no two kept labels (boxes estimated as labels.ts does) overlap or
 * leave the map or cover the locator inset; story places always show; a context place that would
 * collide moves to another side or goes; countries show only where their name fits.
 */
import { describe, expect, it } from 'vitest';
import { labelBox } from './labels.ts';
import { locatorRect } from './locator.ts';
import { fitsCountry, flowBoxes, overlaps, placeLabels, REACH, type Box } from './placement.ts';
import { arrowheads, fitView } from './projection.ts';
import type { Scene } from '../scene/types.ts';
import { fixture } from '../../../tests/fixtures/ledger.ts';

const { scenes } = fixture();
const all = { ...scenes.views, ...scenes.steps };
const SIZES: [number, number][] = [
  [1280, 800],
  [820, 800],
  [390, 354],
  [360, 310],
];

/** Every kept label's box on the map, as the placement measured it. */
function boxes(scene: Scene, width: number, height: number): { id: string; box: Box }[] {
  const pl = placeLabels(scene, width, height);
  const projection = fitView(scene.view, width, height, pl.padding);
  const put = (at: [number, number], b: ReturnType<typeof labelBox>) => {
    const [x, y] = projection(at)!;
    return { left: x + b.left, right: x + b.right, top: y + b.top, bottom: y + b.bottom };
  };
  return [
    ...pl.places.map(({ id, side }) => {
      const p = scene.places.find((x) => x.id === id)!;
      return { id, box: put(p.at, labelBox(p, side)) };
    }),
    ...pl.countries.map(({ id, at }) => {
      const c = scene.countries.find((x) => x.id === id)!;
      return { id, box: put(at, labelBox({ ...c, dot: null })) };
    }),
  ];
}

describe('placeLabels', () => {
  it.each(Object.keys(all))('keeps the labels of %s apart, on the map and off the inset, at every size', (id) => {
    const scene = all[id];
    for (const [w, h] of SIZES) {
      const placed = boxes(scene, w, h);
      const projection = fitView(scene.view, w, h, placeLabels(scene, w, h).padding);
      const onMap = (at: [number, number]) => {
        const [x, y] = projection(at)!;
        return x >= 0 && x <= w && y >= 0 && y <= h;
      };
      const story = scene.places.filter((p) => p.role === 'story' && onMap(p.at)).map((p) => p.id);
      for (const s of story)
        expect(
          placed.map((p) => p.id),
          `${id} ${w}×${h}`,
        ).toContain(s);
      const inset = scene.locator && locatorRect(w, h, scene.locator);
      for (const [i, a] of placed.entries()) {
        if (!story.includes(a.id)) {
          expect(a.box.left >= 0 && a.box.right <= w && a.box.top >= 0 && a.box.bottom <= h, a.id).toBe(true);
          if (inset) {
            const r = { left: inset.x, right: inset.x + inset.width, top: inset.y, bottom: inset.y + inset.height };
            expect(overlaps(a.box, r), `${a.id} on the inset`).toBe(false);
          }
        }
        for (const b of placed.slice(i + 1))
          expect(overlaps(a.box, b.box), `${id} ${w}×${h}: ${a.id} / ${b.id}`).toBe(false);
      }
    }
  });

  it('moves a context place whose label would cover a story place’s, and drops one with no room left', () => {
    const base = scenes.views.wide;
    const story = base.places.find((p) => p.role === 'story')!;
    const context = base.places.find((p) => p.role === 'context')!;
    // The context place just under and right of the story place: its label cannot sit above right.
    const near: Scene = { ...base, places: [story, { ...context, at: [story.at[0] + 0.3, story.at[1] - 0.4] }] };
    const pl = placeLabels(near, 820, 800);
    expect(pl.places.find((p) => p.id === story.id)?.side).toBe('right');
    const moved = pl.places.find((p) => p.id === context.id);
    expect(moved?.side).not.toBe('right');
    // On the story place itself, no side is free.
    const onTop: Scene = { ...base, places: [story, { ...context, at: story.at }] };
    expect(placeLabels(onTop, 820, 800).places.map((p) => p.id)).toEqual([story.id]);
  });

  it('names no country whose room on screen is too small for its name', () => {
    const c = scenes.views.wide.countries[0];
    const box = labelBox({ ...c, dot: null });
    expect(fitsCountry(c, box, 1000)).toBe(true);
    expect(fitsCountry(c, box, 2)).toBe(false);
    // A name much wider than its room does not fit, however tall the room.
    expect(fitsCountry(c, box, (box.right - box.left) / 8)).toBe(false);
  });

  it('writes no country’s name across a visible flow', () => {
    const scene = scenes.views.wide;
    const pl = placeLabels(scene, 820, 800);
    const projection = fitView(scene.view, 820, 800, pl.padding);
    const lines = scene.flows.flatMap(({ visual }) =>
      flowBoxes(
        visual.line.map((p) => projection(p)!),
        (visual.band?.width ?? visual.stroke.width) / 2 + 1,
      ),
    );
    for (const { id, box } of boxes(scene, 820, 800).filter((b) => pl.countries.some((c) => c.id === b.id)))
      expect(
        lines.some((l) => overlaps(l, box)),
        id,
      ).toBe(false);
  });
});

describe('placeLabels: the story’s countries and the flows’ arrowheads', () => {
  it('names a story country at every size, where a country of the context with the same room is left out', () => {
    for (const scene of Object.values(all))
      for (const c of scene.countries.filter((c) => c.role === 'story'))
        for (const [w, h] of [...SIZES, [240, 200] as [number, number]]) {
          expect(
            placeLabels(scene, w, h).countries.map((x) => x.id),
            `${scene.view.id} ${w}×${h}`,
          ).toContain(c.id);
          const asContext: Scene = {
            ...scene,
            countries: scene.countries.map((x) => (x.id === c.id ? { ...x, role: 'context' } : x)),
          };
          // The tiny map has no room for its name: only its role keeps it.
          if (w === 240)
            expect(
              placeLabels(asContext, w, h).countries.map((x) => x.id),
              scene.view.id,
            ).not.toContain(c.id);
        }
  });

  it('writes a story country’s name across one of its spots, above or below it if it must, never beside it', () => {
    // Where no spot is free, the name moves up or down, as little as will be clear (REACH): a name
    // moved sideways off a small country is written over its neighbour, and names it.
    // The fixture's scenes, and each again with a story place on each story country's first spot,
    // whose dot and label push the country's name off it.
    const crowded = Object.entries(all).map(([id, scene]): [string, Scene] => [
      `${id}, crowded`,
      {
        ...scene,
        places: [
          ...scene.places,
          ...scene.countries
            .filter((c) => c.role === 'story')
            .map((c) => ({ ...scene.places[0], id: `on-${c.id}`, at: c.spots[0].at, text: 'Upper Fenmark Reach' })),
        ],
      },
    ]);
    let moved = 0;
    for (const [id, scene] of [...Object.entries(all), ...crowded])
      for (const [w, h] of [...SIZES, [240, 200] as [number, number]]) {
        const pl = placeLabels(scene, w, h);
        const projection = fitView(scene.view, w, h, pl.padding);
        const scale = (projection.scale() * Math.PI) / 180;
        for (const { id: name, box } of boxes(scene, w, h)) {
          const c = scene.countries.find((x) => x.id === name && x.role === 'story');
          if (!c) continue;
          const line = box.bottom - box.top;
          const across = c.spots.some((s) => {
            const [x, y] = projection(s.at)!;
            const off = Math.max(0, box.top - y, y - box.bottom) - s.room * scale;
            return box.left <= x + 0.5 && x <= box.right + 0.5 && off <= Math.max(...REACH) * line + 0.5;
          });
          expect(across, `${id} ${w}×${h}: ${name}`).toBe(true);
          const at = pl.countries.find((x) => x.id === name)!.at;
          if (!c.spots.some((s) => s.at[0] === at[0] && s.at[1] === at[1])) moved += 1;
        }
      }
    expect(moved, 'names moved off their spots: the crowded scenes try the rule').toBeGreaterThan(0);
  });

  it('keeps every place’s label off the arrowheads of the visible flows', () => {
    for (const [id, scene] of Object.entries(all))
      for (const [w, h] of SIZES) {
        const pl = placeLabels(scene, w, h);
        const projection = fitView(scene.view, w, h, pl.padding);
        const heads = arrowheads(scene.flows).map(({ at, half }) => {
          const [x, y] = projection(at)!;
          return { left: x - half, right: x + half, top: y - half, bottom: y + half };
        });
        expect(heads.length + (scene.flows.some((f) => f.visible) ? 0 : 1), id).toBeGreaterThan(0);
        for (const { id: label, box } of boxes(scene, w, h).filter((b) => pl.places.some((p) => p.id === b.id)))
          expect(
            heads.some((a) => overlaps(a, box)),
            `${id} ${w}×${h}: ${label}`,
          ).toBe(false);
      }
  });
});
