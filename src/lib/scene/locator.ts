/**
 * Whether a scene needs a locator inset, and what it frames: decided once, in the scene, so every
 * renderer draws the same inset or none. A view shows the whole route when every place a flow
 * starts or ends at lies inside its bounds; a zoomed view (the ceremony's Korean peninsula, the
 * Kursk front) does not, and gets an inset of the whole route, every flow, with a frame around
 * its own bounds. The extent holds every flow and the view, with a margin, and is never flatter
 * than `LOCATOR_MIN_ASPECT`.
 */
import type { View } from '../data/types.ts';
import type { LonLat } from '../map/geometry.ts';
import { round } from '../round.ts';
import { latitudeOf, mercatorY } from './countries.ts';
import type { FlowVisual, Locator } from './types.ts';

/** Room kept around the route and the frame in the inset, as a share of the extent's size. */
export const LOCATOR_MARGIN = 0.08;
/** The inset is at least this tall for its width (in Web Mercator), so a route running east–west still has land around it. */
export const LOCATOR_MIN_ASPECT = 0.4;

const within = ([lon, lat]: LonLat, [[w, s], [e, n]]: View['bounds']) => lon >= w && lon <= e && lat >= s && lat <= n;

/** The ends of every flow: the places the route joins. */
export function routeEnds(flows: FlowVisual[]): LonLat[] {
  return flows.flatMap((f) => (f.line.length ? [f.line[0], f.line[f.line.length - 1]] : []));
}

/**
 * The view's locator, or null when the view shows the whole route (or there is none). Its extent
 * holds every flow's line and the view's bounds, with a margin.
 */
export function locatorFor(view: View, flows: FlowVisual[]): Locator | null {
  const ends = routeEnds(flows);
  if (ends.length === 0 || ends.every((p) => within(p, view.bounds))) return null;
  const points = [...flows.flatMap((f) => f.line), ...view.bounds];
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const [dx, dy] = [(e - w) * LOCATOR_MARGIN, (mercatorY(n) - mercatorY(s)) * LOCATOR_MARGIN];
  const [y0, y1] = [mercatorY(s) - dy, mercatorY(n) + dy];
  const grow = Math.max(0, ((e - w + 2 * dx) * LOCATOR_MIN_ASPECT - (y1 - y0)) / 2);
  return {
    extent: [
      [round(w - dx), round(Math.max(-80, latitudeOf(y0 - grow)))],
      [round(e + dx), round(Math.min(80, latitudeOf(y1 + grow)))],
    ],
    frame: view.bounds,
  };
}
