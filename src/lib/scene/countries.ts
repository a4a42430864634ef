/**
 * Where a country's name goes in a view, decided at build time from the basemap's own shapes: at
 * the pole of inaccessibility (polylabel) of the part of the country the view's bounds hold, the
 * point inside it farthest from its outline, so the name sits in the country's widest part on
 * screen and never on a border. Computed in Web Mercator, the map's projection, so "farthest" is
 * as the reader sees it; `room` is that distance, how much space the name has.
 */
import polylabel from 'polylabel';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { View } from '../data/types.ts';
import type { LonLat } from '../geo/geometry.ts';
import { round } from '../round.ts';
import { latitudeOf, mercatorY } from '../geo/mercator.ts';

type Box = View['bounds'];

/** Precision of the pole, in Mercator degrees: about 5 km, far under a label's size at any story zoom. */
const PRECISION = 0.05;

/**
 * One ring clipped to an axis-aligned box (Sutherland–Hodgman, edge by edge). A concave ring may
 * come out with edges along the box where it left and came back; polylabel measures distance to
 * those too, so the pole keeps clear of the map's edge as well as the border.
 */
export function clipRing(ring: Position[], [[x0, y0], [x1, y1]]: Box): Position[] {
  const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0] >= x0, (a, b) => [x0, a[1] + ((b[1] - a[1]) * (x0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= x1, (a, b) => [x1, a[1] + ((b[1] - a[1]) * (x1 - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= y0, (a, b) => [a[0] + ((b[0] - a[0]) * (y0 - a[1])) / (b[1] - a[1]), y0]],
    [(p) => p[1] <= y1, (a, b) => [a[0] + ((b[0] - a[0]) * (y1 - a[1])) / (b[1] - a[1]), y1]],
  ];
  let out = ring[0] && ring[0] === ring.at(-1) ? ring.slice(0, -1) : ring;
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    input.forEach((p, i) => {
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(p)) {
        if (!inside(prev)) out.push(cross(prev, p));
        out.push(p);
      } else if (inside(prev)) out.push(cross(prev, p));
    });
  }
  return out.length >= 3 ? [...out, out[0]] : [];
}

/** A country's name spot in a view: the pole, and its distance to the outline in Mercator degrees. */
export interface Pole {
  at: LonLat;
  room: number;
}

/**
 * The pole of inaccessibility of `geometry` inside `bounds`: of each polygon clipped to the
 * bounds (in Mercator), the pole farthest from its outline; null when no part of it is in the
 * bounds.
 */
export function poleInView(geometry: Polygon | MultiPolygon, bounds: Box): Pole | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const box: Box = [
    [bounds[0][0], mercatorY(bounds[0][1])],
    [bounds[1][0], mercatorY(bounds[1][1])],
  ];
  let best: Pole | null = null;
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon.map((ring) =>
      clipRing(
        ring.map(([lon, lat]) => [lon, mercatorY(lat)]),
        box,
      ),
    );
    if (!outer || outer.length === 0) continue;
    const rings = [outer, ...holes.filter((r) => r.length > 0)];
    const pole = polylabel(
      rings.map((r) => r.map(([x, y]) => [x, y] as [number, number])),
      PRECISION,
    );
    if (pole.distance > 0 && (!best || pole.distance > best.room)) {
      best = { at: [round(pole[0], 3), round(latitudeOf(pole[1]), 3)], room: round(pole.distance, 3) };
    }
  }
  return best;
}

/** The parts of a view tried for a name, beside the whole: its halves and its quarters. */
function subBoxes([[w, s], [e, n]]: Box): Box[] {
  const [mx, my] = [(w + e) / 2, (s + n) / 2];
  return [
    [
      [w, s],
      [mx, n],
    ],
    [
      [mx, s],
      [e, n],
    ],
    [
      [w, my],
      [e, n],
    ],
    [
      [w, s],
      [e, my],
    ],
    [
      [w, my],
      [mx, n],
    ],
    [
      [mx, my],
      [e, n],
    ],
    [
      [w, s],
      [mx, my],
    ],
    [
      [mx, s],
      [e, my],
    ],
  ];
}

/**
 * Where a country's name may go in a view, best first: the pole of its part of the whole view,
 * then of its part of each half and each quarter of the view, largest room first, leaving out a
 * spot closer to a better one than that one's room. The placement takes the first spot where the
 * name fits and is clear of the places' labels (placement.ts): a country whose best spot is
 * under a story place's name is still named.
 */
export function spotsInView(geometry: Polygon | MultiPolygon, bounds: Box): Pole[] {
  const best = poleInView(geometry, bounds);
  if (!best) return [];
  const more = subBoxes(bounds)
    .map((b) => poleInView(geometry, b))
    .filter((p): p is Pole => p !== null)
    .sort((a, b) => b.room - a.room);
  const spots = [best];
  for (const p of more) {
    const near = spots.some((q) => Math.hypot(p.at[0] - q.at[0], mercatorY(p.at[1]) - mercatorY(q.at[1])) < q.room);
    if (!near) spots.push(p);
  }
  return spots;
}
