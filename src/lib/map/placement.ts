/**
 * One label placement for every renderer: which names a map of some size shows, and where, so
 * that no two overlap. The SVG map draws exactly these labels, MapLibre's label layers are given
 * exactly these (SceneLayers, style.ts: same anchors, nothing left to its own collision rules),
 * and the static pictures are the SVG map. Labels are placed in priority order: story places
 * (always drawn), then context places, then regions, then countries, largest room first. Each
 * takes the first of its sides (labels.ts `SIDES`, the framing's side first) where its box, with
 * its dot, is wholly on the map and clear of every label, dot and locator inset placed before it;
 * a context place or region with no such side is left out, dot and all; a country is named only
 * at the first of its spots where it has room for its name (`fitsCountry`) and nothing is in the
 * way, a visible flow included.
 */
import type { CountryLabel, PlaceVisual, Scene } from '../scene/types.ts';
import { labelBox, SIDES, type LabelBox, type LabelSide } from './labels.ts';
import { locatorRect } from '../geo/locator.ts';
import { fitView, frameView, type Padding } from './projection.ts';

/** A box on the map, in CSS pixels. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Placement {
  /** The fit's padding (projection.ts `frameView`). */
  padding: Padding;
  /** The places drawn, in the scene's order, each with its label's side (regions: 'right', unused). */
  places: { id: string; side: LabelSide }[];
  /** The countries named, by id, each at the spot it took. */
  countries: { id: string; at: [number, number] }[];
}

/** Priority of each role: lower goes first. */
const PRIORITY: Record<PlaceVisual['role'], number> = { story: 0, context: 1, area: 2 };

/**
 * A country's name needs `room` (its pole's distance to the outline, at the map's scale) of at
 * least this many times its font size, and may reach at most this many rooms beyond its pole on
 * either side: a name wider than its country shows only where most of it lies inside.
 */
export const COUNTRY_FIT = { minRoom: 0.6, reach: 2.6 };

export const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const at = ([x, y]: [number, number], b: LabelBox): Box => ({
  left: x + b.left,
  right: x + b.right,
  top: y + b.top,
  bottom: y + b.bottom,
});

/** Boxes `half` px from a projected line's points, one every `step` px along it. */
export function flowBoxes(points: [number, number][], half: number, step = 4): Box[] {
  const boxes: Box[] = [];
  for (let i = 1; i < points.length; i++) {
    const [[x0, y0], [x1, y1]] = [points[i - 1], points[i]];
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
    for (let k = 0; k <= n; k++) {
      const [x, y] = [x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n];
      boxes.push({ left: x - half, right: x + half, top: y - half, bottom: y + half });
    }
  }
  return boxes;
}

/** Whether a country's name fits where it has `roomPx` CSS pixels of room around its pole. */
export function fitsCountry(c: Pick<CountryLabel, 'font'>, box: LabelBox, roomPx: number): boolean {
  const half = Math.max(-box.left, box.right);
  return roomPx >= COUNTRY_FIT.minRoom * c.font.size && half <= COUNTRY_FIT.reach * roomPx;
}

/** The labels of `scene` on a `width` × `height` map (see the file's comment). */
export function placeLabels(scene: Scene, width: number, height: number): Placement {
  const framing = frameView(scene.view, scene.places, width, height);
  const projection = fitView(scene.view, width, height, framing.padding);
  const xy = (p: [number, number]) => (projection(p) ?? [NaN, NaN]) as [number, number];
  const taken: Box[] = [];
  if (scene.locator) {
    const r = locatorRect(width, height, scene.locator);
    taken.push({ left: r.x, right: r.x + r.width, top: r.y, bottom: r.y + r.height });
  }
  const onMap = (b: Box) => b.left >= 0 && b.right <= width && b.top >= 0 && b.bottom <= height;
  /** Story places' dots, by id: no lower label covers one, whichever is placed first. */
  const dots = new Map<string, Box>();
  const clear = (b: Box, self = '') =>
    onMap(b) && !taken.some((t) => overlaps(t, b)) && ![...dots].some(([id, d]) => id !== self && overlaps(d, b));

  const ordered = scene.places
    .map((p, i) => ({ p, i, xy: xy(p.at) }))
    .filter(({ xy: [x, y] }) => x >= 0 && x <= width && y >= 0 && y <= height)
    .sort((a, b) => PRIORITY[a.p.role] - PRIORITY[b.p.role] || a.i - b.i);
  for (const { p, xy: point } of ordered)
    if (p.role === 'story' && p.dot)
      dots.set(p.id, at(point, { left: -p.dot.radius, right: p.dot.radius, top: -p.dot.radius, bottom: p.dot.radius }));

  const placed: { id: string; side: LabelSide; i: number }[] = [];
  for (const { p, i, xy: point } of ordered) {
    const first = framing.left.includes(p.id) ? 'left' : 'right';
    const sides = p.dot ? SIDES[first] : (['right'] as LabelSide[]);
    const side = sides.find((s) => clear(at(point, labelBox(p, s)), p.id));
    if (side === undefined && p.role !== 'story') continue;
    placed.push({ id: p.id, side: side ?? first, i });
    taken.push(at(point, labelBox(p, side ?? first)));
  }

  // The visible flows, as boxes every few pixels along each: no country's name is written across one.
  const lines = scene.flows
    .filter((f) => f.visible)
    .flatMap(({ visual }) => flowBoxes(visual.line.map(xy), (visual.band?.width ?? visual.stroke.width) / 2 + 1));
  const scale = (projection.scale() * Math.PI) / 180;
  const countries = scene.countries.flatMap((c) => {
    const box = labelBox({ ...c, dot: null });
    const spot = c.spots.find((s) => {
      const b = at(xy(s.at), box);
      return fitsCountry(c, box, s.room * scale) && clear(b) && !lines.some((l) => overlaps(l, b));
    });
    if (!spot) return [];
    taken.push(at(xy(spot.at), box));
    return [{ id: c.id, at: spot.at }];
  });

  return {
    padding: framing.padding,
    places: placed.sort((a, b) => a.i - b.i).map(({ id, side }) => ({ id, side })),
    countries,
  };
}
