/**
 * Whether a scene needs a locator inset, and what it frames: decided once, in the scene, so every
 * renderer draws the same inset or none. A view shows the whole route when every place a flow
 * starts or ends at lies inside its bounds; a zoomed view (the ceremony's Korean peninsula, the
 * Kursk front) does not, and gets an inset of the whole route, every flow, with a frame around
 * its own bounds. The extent holds every flow and the view, with a margin, and is never flatter
 * than `LOCATOR_MIN_ASPECT`.
 */
import { geoPath, type GeoContext, type GeoProjection, type GeoStream, type GeoStreamWrapper } from 'd3-geo';
import type { View } from '../data/types.ts';
import type { LonLat } from '../geo/geometry.ts';
import { round } from '../round.ts';
import { fittedMercator, latitudeOf, mercatorY } from '../geo/mercator.ts';
import type { BasemapCountry, FlowVisual, Locator } from './types.ts';

/**
 * The width of the inset's own drawing space: its land is drawn once, at build time, in a space
 * this wide (and as tall as the extent is in Web Mercator), and scaled to the inset's size by
 * each renderer. The inset is at most 176 CSS pixels wide, so a unit is under a pixel: whole units
 * are fine enough, and points nearer than LOCATOR_DETAIL are thinned out (a few KB per view).
 */
export const LOCATOR_SPACE = 200;

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
export function locatorFor(view: View, flows: FlowVisual[], basemap: BasemapCountry[]): Locator | null {
  const ends = routeEnds(flows);
  if (ends.length === 0 || ends.every((p) => within(p, view.bounds))) return null;
  const points = [...flows.flatMap((f) => f.line), ...view.bounds];
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const [dx, dy] = [(e - w) * LOCATOR_MARGIN, (mercatorY(n) - mercatorY(s)) * LOCATOR_MARGIN];
  const [y0, y1] = [mercatorY(s) - dy, mercatorY(n) + dy];
  const grow = Math.max(0, ((e - w + 2 * dx) * LOCATOR_MIN_ASPECT - (y1 - y0)) / 2);
  const extent: View['bounds'] = [
    [round(w - dx), round(Math.max(-80, latitudeOf(y0 - grow)))],
    [round(e + dx), round(Math.min(80, latitudeOf(y1 + grow)))],
  ];
  return { extent, frame: view.bounds, land: locatorLand(extent, basemap) };
}

/**
 * The land of an inset of `extent`, as one SVG path in the inset's own space (LOCATOR_SPACE wide,
 * relative commands: RelativePath): every country but the parts drawn again on top (a hatched
 * part is in its country's shape too). Made here, once, so the inset over the MapLibre map needs
 * no basemap of its own.
 */
export function locatorLand(extent: View['bounds'], basemap: BasemapCountry[]): string {
  const [[w, s], [e, n]] = extent;
  const height = (LOCATOR_SPACE * (mercatorY(n) - mercatorY(s))) / (e - w);
  const projection = fittedMercator(extent, LOCATOR_SPACE, height);
  const land = basemap.filter((f) => !f.properties.part);
  const path = new RelativePath();
  geoPath(thinned(projection, LOCATOR_DETAIL), path)({ type: 'FeatureCollection', features: land });
  return path.toString();
}

/**
 * A path context for d3-geo's geoPath that writes each point in whole units, as `digits(0)` does,
 * but relative to the one before ("m91,57-1,2,2,1z" for "M91,57L90,59L92,60Z"): the same points in
 * about two thirds of the characters and half the gzipped bytes. Every scene with an inset carries
 * its land, into the page and into the map's props, so this is paid on the first view.
 */
export class RelativePath implements GeoContext {
  #d = '';
  /** The current point and the start of the current ring, in whole units. */
  #at: [number, number] = [0, 0];
  #start: [number, number] = [0, 0];
  /** Whether a coordinate pair may follow without a command letter (after m or l). */
  #open = false;

  #pair(x: number, y: number): string {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    const [dx, dy] = [rx - this.#at[0], ry - this.#at[1]];
    this.#at = [rx, ry];
    // A minus sign separates two numbers by itself.
    return `${dx}${dy < 0 ? '' : ','}${dy}`;
  }

  /** A canvas's call; a path string needs nothing for it. */
  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.#d += `m${this.#pair(x, y)}`;
    this.#start = this.#at;
    this.#open = true;
  }

  lineTo(x: number, y: number): void {
    const pair = this.#pair(x, y);
    this.#d += this.#open ? `${pair.startsWith('-') ? '' : ','}${pair}` : `l${pair}`;
    this.#open = true;
  }

  closePath(): void {
    this.#d += 'z';
    // After z, the current point is the ring's start again (SVG's path rules).
    this.#at = this.#start;
    this.#open = false;
  }

  /** geoPath draws a point as a circle; the land is polygons only, so none is ever drawn here. */
  arc(): void {
    throw new Error('the locator land draws no points');
  }

  toString(): string {
    return this.#d;
  }
}

/** Points of the inset's land closer than this (in its own space, about a CSS pixel and a third) are one. */
export const LOCATOR_DETAIL = 1.5;

/**
 * The projection, with each line's points thinned after projecting: a point nearer than
 * `detail` to the last one kept is dropped (a line's last point always stays, so rings close).
 * d3-geo's stream protocol does the walking.
 */
function thinned(projection: GeoProjection, detail: number): GeoStreamWrapper {
  return {
    stream(out) {
      let last: [number, number] | null = null;
      let pending: [number, number] | null = null;
      const thin: GeoStream = {
        point(x, y) {
          if (last && Math.hypot(x - last[0], y - last[1]) < detail) {
            pending = [x, y];
            return;
          }
          out.point(x, y);
          last = [x, y];
          pending = null;
        },
        lineStart() {
          last = pending = null;
          out.lineStart();
        },
        lineEnd() {
          if (pending) out.point(...pending);
          last = pending = null;
          out.lineEnd();
        },
        polygonStart: () => out.polygonStart(),
        polygonEnd: () => out.polygonEnd(),
        sphere: () => out.sphere?.(),
      };
      return projection.stream(thin);
    },
  };
}
