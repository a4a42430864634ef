/**
 * Schematic flow routes: a quadratic curve between two places, drawn in Web Mercator (the map's
 * projection) so it looks the same on the MapLibre map and the SVG fallback, bowed north so
 * flows read as arcs. Flows sharing two endpoints get nested bends so none hides another.
 * The seeds name no routes: these are schematic, and the map says so.
 */
import { geoMercator } from 'd3-geo';
import type { Flow } from '../data/types.ts';

export type LonLat = [number, number];

// Any fixed Mercator works: only ratios in projected space matter for the curve.
const mercator = geoMercator().scale(1).translate([0, 0]);

function project(p: LonLat): [number, number] {
  const xy = mercator(p);
  if (!xy) throw new Error(`cannot project ${p.join(', ')}`);
  return xy;
}

function invert(xy: [number, number]): LonLat {
  const p = mercator.invert!(xy);
  if (!p) throw new Error(`cannot invert ${xy.join(', ')}`);
  return [Math.round(p[0] * 1e4) / 1e4, Math.round(p[1] * 1e4) / 1e4];
}

/**
 * Points along a curve from `from` to `to`. `bend` is the control point's distance from the
 * chord's midpoint as a fraction of the chord's length, always towards the north.
 */
export function arc(from: LonLat, to: LonLat, bend: number, segments = 48): LonLat[] {
  const a = project(from);
  const b = project(to);
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len = Math.hypot(dx, dy);
  if (len === 0) return [from, to];
  // Perpendicular to the chord; screen y grows southwards, so "north" is negative y.
  let [px, py] = [-dy / len, dx / len];
  if (py > 0) [px, py] = [-px, -py];
  const c: [number, number] = [(a[0] + b[0]) / 2 + px * bend * len, (a[1] + b[1]) / 2 + py * bend * len];
  const points: LonLat[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    points.push(
      invert([u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]]),
    );
  }
  return points;
}

/** The bend of each flow: flows between the same two places are nested, the first innermost. */
export function assignBends(flows: Flow[], base = 0.12, step = 0.09): Map<string, number> {
  const byPair = new Map<string, Flow[]>();
  for (const f of flows) {
    const pair = [f.from, f.to].sort().join('|');
    byPair.set(pair, [...(byPair.get(pair) ?? []), f]);
  }
  const bends = new Map<string, number>();
  for (const group of byPair.values()) group.forEach((f, i) => bends.set(f.id, base + i * step));
  return bends;
}

/** The point at fraction `t` of a polyline's length (in projected space) and its heading in degrees (0 = east, clockwise). */
export function along(line: LonLat[], t: number): { point: LonLat; angle: number } {
  const xy = line.map(project);
  const seg = xy.slice(1).map((p, i) => Math.hypot(p[0] - xy[i][0], p[1] - xy[i][1]));
  const total = seg.reduce((s, d) => s + d, 0);
  let target = Math.min(Math.max(t, 0), 1) * total;
  for (let i = 0; i < seg.length; i++) {
    if (target <= seg[i] || i === seg.length - 1) {
      const f = seg[i] === 0 ? 0 : Math.min(target / seg[i], 1);
      const [x0, y0] = xy[i];
      const [x1, y1] = xy[i + 1];
      return {
        point: invert([x0 + (x1 - x0) * f, y0 + (y1 - y0) * f]),
        angle: (Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI,
      };
    }
    target -= seg[i];
  }
  return { point: line[0], angle: 0 };
}
