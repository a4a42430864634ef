/**
 * Web Mercator, the maps' one projection, as both renderers and the scenes use it: its y of a
 * latitude and back, in degrees, and d3-geo's Mercator fitted to an extent inside a rectangle.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';

/** [[west, south], [east, north]] in degrees. */
export type Extent = [[number, number], [number, number]];

const RAD = Math.PI / 180;
/** Web Mercator's y of a latitude, in degrees (so x and y share a unit: degrees of longitude at the equator). */
export const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) / RAD;
/** The latitude of a Web Mercator y in degrees. */
export const latitudeOf = (y: number) => (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;

/** An extent's height for its width, in Web Mercator. */
export function mercatorAspect([[w, s], [e, n]]: Extent): number {
  return (mercatorY(n) - mercatorY(s)) / (e - w);
}

/** Web Mercator fitted to `extent` inside a `width` × `height` rectangle, and clipped to it. */
export function fittedMercator([[w, s], [e, n]]: Extent, width: number, height: number): GeoProjection {
  return geoMercator()
    .fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [w, s],
          [e, n],
        ],
      },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}
