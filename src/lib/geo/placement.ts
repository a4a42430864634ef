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
 * way, a visible flow included. A story country is always named: if no spot is free, across a spot
 * but moved above or below it, on its land or as little off it as will be clear (`REACH`), never
 * beside it over a neighbour.
 */
import type { LabelledCountry, LabelledPlace, LabelledScene } from './shapes.ts';
import { labelBox, SIDES, type LabelBox, type LabelSide } from './labels.ts';
import { round } from '../round.ts';
import { locatorRect } from './locator.ts';
import { arrowheads, fitView, frameView, type Padding } from './projection.ts';

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
const PRIORITY: Record<LabelledPlace['role'], number> = { story: 0, context: 1, area: 2 };

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

/** How far a point lies from a box: 0 inside it. */
const gapTo = (b: Box, [x, y]: [number, number]) =>
  Math.hypot(Math.max(0, b.left - x, x - b.right), Math.max(0, b.top - y, y - b.bottom));

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
export function fitsCountry(c: Pick<LabelledCountry, 'font'>, box: LabelBox, roomPx: number): boolean {
  const half = Math.max(-box.left, box.right);
  return roomPx >= COUNTRY_FIT.minRoom * c.font.size && half <= COUNTRY_FIT.reach * roomPx;
}

/**
 * Where a story country's name may go when none of its spots is free, around one spot, nearest
 * first: across it, moved by up to a quarter of its width to either side (so that its middle half
 * still spans the spot) and by up to two and a half times its height above or below; a point whose
 * box would leave the map is moved onto it. Offsets in multiples of the box's width and height.
 */
const ACROSS = [0, -0.25, 0.25];
const UP_DOWN = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5].flatMap((d) => (d ? [-d, d] : [0]));
/** How far, in lines, a story country's name may stand off its land, tried in turn. */
export const REACH = [0, 0.5, 1, 1.5];
const AROUND: [number, number][] = ACROSS.flatMap((dx) => UP_DOWN.map((dy): [number, number] => [dx, dy])).sort(
  (a, b) => Math.hypot(...a) - Math.hypot(...b),
);

/** The labels of `scene` on a `width` × `height` map (see the file's comment). */
export function placeLabels(scene: LabelledScene, width: number, height: number): Placement {
  const heads = arrowheads(scene.flows);
  const framing = frameView(scene.view, scene.places, width, height, heads);
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

  // The visible flows: boxes every few pixels along each line, and around each arrowhead. No
  // label touches an arrowhead; no country's name is written across a line.
  const shown = scene.flows.filter((f) => f.visible).map((f) => f.visual);
  const lines = shown.flatMap((v) => flowBoxes(v.line.map(xy), (v.band?.width ?? v.stroke.width) / 2 + 1));
  const arrows = heads.map(({ at: a, half }) => {
    const [x, y] = xy(a);
    return { left: x - half, right: x + half, top: y - half, bottom: y + half };
  });
  const offArrows = (b: Box) => !arrows.some((a) => overlaps(a, b));
  const offLines = (b: Box) => !lines.some((l) => overlaps(l, b));

  const ordered = scene.places
    .map((p, i) => ({ p, i, xy: xy(p.at) }))
    .filter(({ xy: [x, y] }) => x >= 0 && x <= width && y >= 0 && y <= height)
    .sort((a, b) => PRIORITY[a.p.role] - PRIORITY[b.p.role] || a.i - b.i);
  for (const { p, xy: point } of ordered)
    if (p.role === 'story' && p.dot)
      dots.set(p.id, at(point, { left: -p.dot.radius, right: p.dot.radius, top: -p.dot.radius, bottom: p.dot.radius }));

  const placed: { id: string; side: LabelSide; i: number }[] = [];
  const placePlace = ({ p, i, xy: point }: (typeof ordered)[number]) => {
    const first = framing.left.includes(p.id) ? 'left' : 'right';
    const sides = p.dot ? SIDES[first] : (['right'] as LabelSide[]);
    const free = (s: LabelSide) => clear(at(point, labelBox(p, s)), p.id);
    // A side clear of the arrowheads too, else (a story place, always drawn) one clear of labels.
    const side = sides.find((s) => free(s) && offArrows(at(point, labelBox(p, s)))) ?? sides.find(free);
    if (side === undefined && p.role !== 'story') return;
    placed.push({ id: p.id, side: side ?? first, i });
    taken.push(at(point, labelBox(p, side ?? first)));
    const r = p.dot?.radius;
    if (r !== undefined && p.role !== 'story') taken.push(at(point, { left: -r, right: r, top: -r, bottom: r }));
  };

  const scale = (projection.scale() * Math.PI) / 180;
  /** The countries named, each at the point under its name's centre. */
  const named: { id: string; at: [number, number] }[] = [];
  const name = (c: LabelledCountry, lonLat: [number, number], point: [number, number], box: LabelBox) => {
    taken.push(at(point, box));
    named.push({ id: c.id, at: [round(lonLat[0], 3), round(lonLat[1], 3)] });
  };
  const nameCountry = (c: LabelledCountry) => {
    const box = labelBox({ ...c, dot: null });
    const spot = c.spots.find((s) => {
      const b = at(xy(s.at), box);
      return fitsCountry(c, box, s.room * scale) && clear(b) && offLines(b) && offArrows(b);
    });
    if (spot) return name(c, spot.at, xy(spot.at), box);
    if (c.role !== 'story') return;
    // A story country is named wherever the view shows it, over, above or below its own land,
    // never beside it: a name written over a neighbour names the neighbour. Across a spot, onto the
    // map, giving way to the flows if it can and to nothing but the story places' labels if it must.
    const [w, h] = [box.right - box.left, box.bottom - box.top];
    /** Points around the spots, each with how far its box falls short of the spot's room (its land). */
    const candidates = c.spots.flatMap((s) => {
      const [x, y] = xy(s.at);
      return AROUND.map(([dx, dy]) => {
        const p: [number, number] = [
          Math.min(Math.max(x + dx * w, -box.left), width - box.right),
          Math.min(Math.max(y + dy * h, -box.top), height - box.bottom),
        ];
        const b = at(p, box);
        return { p, b, off: Math.max(0, gapTo(b, [x, y]) - s.room * scale) };
      });
    });
    // Other countries' rooms on screen: the heart of a neighbour's land, where a name would name it.
    const neighbours = scene.countries
      .filter((o) => o.id !== c.id)
      .flatMap((o) => o.spots.map((s) => ({ xy: xy(s.at), r: s.room * scale })));
    const offNeighbours = (b: Box) => !neighbours.some(({ xy, r }) => gapTo(b, xy) < r);
    // On its land, then half a line, a line and a line and a half off it: at each, clear of
    // everything, then across a flow's line; first off its neighbours' land, then over it if it
    // must. Then touching an arrowhead rather than leaving its land.
    const free = (b: Box) => clear(b) && offArrows(b);
    type Test = (k: (typeof candidates)[number]) => boolean;
    const tiers = (also: (b: Box) => boolean) =>
      REACH.flatMap((lines): Test[] => [
        (k) => k.off <= lines * h && free(k.b) && also(k.b) && offLines(k.b),
        (k) => k.off <= lines * h && free(k.b) && also(k.b),
      ]);
    const tests = [
      ...tiers(offNeighbours),
      ...tiers(() => true),
      (k: (typeof candidates)[number]) => k.off === 0 && clear(k.b),
    ];
    for (const test of tests) {
      const found = candidates.find(test);
      if (found) return name(c, projection.invert!(found.p) as [number, number], found.p, box);
    }
    const [x, y] = xy(c.spots[0].at);
    const point: [number, number] = [
      Math.min(Math.max(x, -box.left), width - box.right),
      Math.min(Math.max(y, -box.top), height - box.bottom),
    ];
    name(c, projection.invert!(point) as [number, number], point, box);
  };

  // Story places, then the story's countries, then everything else: what the story is about is
  // named first, and the rest gives way around it.
  const [story, rest] = [ordered.filter((o) => o.p.role === 'story'), ordered.filter((o) => o.p.role !== 'story')];
  story.forEach(placePlace);
  scene.countries.filter((c) => c.role === 'story').forEach(nameCountry);
  rest.forEach(placePlace);
  scene.countries.filter((c) => c.role !== 'story').forEach(nameCountry);

  const order = new Map(scene.countries.map((c, i) => [c.id, i]));
  return {
    padding: framing.padding,
    places: placed.sort((a, b) => a.i - b.i).map(({ id, side }) => ({ id, side })),
    countries: named.sort((a, b) => order.get(a.id)! - order.get(b.id)!),
  };
}

/** Placements worked out, by scene and map size; a scene's are dropped with the scene. */
const placed = new WeakMap<LabelledScene, Map<string, Placement>>();

/**
 * `placeLabels`, worked out once per scene and map size: the camera, the SVG map and the work done
 * ahead of the reader (StoryMap's `ahead`) share the answer, so a step change only looks it up. A
 * scene keeps the placements of its last few sizes (a phone turned, a window resized).
 */
export function labelsFor(scene: LabelledScene, width: number, height: number): Placement {
  const key = `${width}×${height}`;
  let sizes = placed.get(scene);
  if (!sizes) placed.set(scene, (sizes = new Map()));
  let placement = sizes.get(key);
  if (!placement) {
    placement = placeLabels(scene, width, height);
    if (sizes.size >= 4) sizes.clear();
    sizes.set(key, placement);
  }
  return placement;
}
