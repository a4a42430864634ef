/**
 * Planar geometry of the basemap's polygons, longitude and latitude taken as x and y: a geometry's
 * polygons, the antimeridian's jump in a ring, point-in-polygon (d3-polygon) and whether a polygon
 * meets a box (d3-geo's rectangle clip). Used by the basemap build (basemap.ts) and its parts
 * (basemap-parts.ts).
 */
import { geoClipRectangle } from 'd3-geo';
import { polygonContains } from 'd3-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** A box of longitudes and latitudes, in degrees. */
export interface Extent {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** A geometry's polygons, each a list of rings (outer ring first). */
export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** The geometry of the same type with other polygons (a Polygon keeps the first). */
export function withPolygons(geometry: Polygon | MultiPolygon, polygons: Position[][][]): Polygon | MultiPolygon {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygons[0] ?? [] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** The largest absolute longitude change between consecutive points of a ring. */
export function maxLongitudeStep(ring: Position[]): number {
  let max = 0;
  for (let i = 1; i < ring.length; i++) max = Math.max(max, Math.abs(ring[i][0] - ring[i - 1][0]));
  return max;
}

/**
 * A ring that jumps more than 180° between two points crosses the antimeridian (Natural Earth's
 * Chukotka). MapLibre draws such an edge straight across the whole map, so move the ring's
 * western-hemisphere points by +360°: Chukotka then sits at 180–190°E, next to the rest of Russia.
 * Rings without such a jump are returned unchanged, so applying this twice is harmless.
 */
export function fixAntimeridianRing(ring: Position[]): Position[] {
  if (maxLongitudeStep(ring) <= 180) return ring;
  return ring.map(([lon, lat, ...rest]) => (lon < 0 ? [lon + 360, lat, ...rest] : [lon, lat, ...rest]));
}

/** Even–odd planar point-in-polygon over all rings of one polygon (holes included), by d3-polygon. */
export function polygonContainsPoint(polygon: Position[][], [x, y]: Position): boolean {
  return polygon.filter((ring) => polygonContains(ring as [number, number][], [x, y])).length % 2 === 1;
}

/**
 * Whether a ring, as a line, has any point in the extent: d3-geo's rectangle clip (planar) lets
 * through the vertices inside it and the points where edges cross into it.
 */
function ringMeetsExtent(ring: Position[], e: Extent): boolean {
  let met = false;
  const none = () => {};
  const clip = geoClipRectangle(
    e.west,
    e.south,
    e.east,
    e.north,
  )({
    point: () => void (met = true),
    lineStart: none,
    lineEnd: none,
    polygonStart: none,
    polygonEnd: none,
    sphere: none,
  });
  clip.lineStart();
  for (const [x, y] of ring) clip.point(x, y);
  clip.lineEnd();
  return met;
}

/**
 * Whether a polygonal geometry overlaps the extent, treating longitude/latitude as planar
 * (run fixAntimeridian first, or the edge that wraps from +180° to −180° crosses every box).
 * Overlap means: a vertex inside the box, an edge crossing the box's edge, or the box lying
 * wholly inside a polygon.
 */
export function intersectsExtent(geometry: Polygon | MultiPolygon, e: Extent): boolean {
  // No ring meets the box: the box is then wholly inside a polygon, or wholly outside it.
  const corner: Position = [e.west, e.south];
  for (const polygon of polygonsOf(geometry)) {
    if (polygon.some((ring) => ringMeetsExtent(ring, e))) return true;
    if (polygonContainsPoint(polygon, corner)) return true;
  }
  return false;
}

/** The index of the polygon of `geometry` that contains `at`, or -1. */
export function polygonContaining(geometry: Polygon | MultiPolygon, at: Position): number {
  return polygonsOf(geometry).findIndex((polygon) => polygonContainsPoint(polygon, at));
}
