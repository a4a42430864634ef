/**
 * The SVG map's projection: Web Mercator fitted to a view's bounds, the same framing MapLibre's
 * fitBounds gives, so both renderers show the same picture of a view.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { View } from '../data/types.ts';

export function fitView(view: View, width: number, height: number, padding: number): GeoProjection {
  const [[w, s], [e, n]] = view.bounds;
  return geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    {
      type: 'MultiPoint',
      coordinates: [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
      ],
    },
  );
}

/** Padding around a view's bounds: a little on phones, more on wide screens. */
export function viewPadding(width: number): number {
  return Math.round(Math.min(48, Math.max(12, width * 0.05)));
}
