/**
 * Where the locator inset sits on a map of some size, the same for every renderer: SvgMap draws
 * it there (and the static pictures with it), StoryMap lays it over the MapLibre map there, and
 * the label placement keeps every name off it (placement.ts). Top right (the figure's caption may
 * lie over the map's foot; the "Load the full map" button sits top left), a quarter of the map's
 * width, as tall as the route's extent is in Web Mercator.
 */
import type { GeoProjection } from 'd3-geo';
import { fittedMercator, mercatorAspect, type Extent } from './mercator.ts';

/** What the inset frames: the locator's extent (scene/types.ts's Locator has it). */
interface Framed {
  extent: Extent;
}

/** Distance from the map's edges, in CSS pixels. */
export const LOCATOR_INSET = 10;
/** The inset's width: this share of the map's, within these bounds (CSS pixels). */
export const LOCATOR_WIDTH = { share: 0.26, min: 104, max: 176 };
/** It takes at most this share of the map's height. */
const MAX_HEIGHT = 0.3;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The inset's rectangle on a `width` × `height` map. */
export function locatorRect(width: number, height: number, locator: Framed): Rect {
  const aspect = mercatorAspect(locator.extent);
  let iw = Math.round(Math.min(LOCATOR_WIDTH.max, Math.max(LOCATOR_WIDTH.min, width * LOCATOR_WIDTH.share)));
  let ih = Math.round(iw * aspect);
  if (ih > height * MAX_HEIGHT) {
    ih = Math.round(height * MAX_HEIGHT);
    iw = Math.round(ih / aspect);
  }
  return { x: width - iw - LOCATOR_INSET, y: LOCATOR_INSET, width: iw, height: ih };
}

/** The inset's projection: Web Mercator fitted to the locator's extent inside its rectangle. */
export function locatorProjection(locator: Framed, rect: Pick<Rect, 'width' | 'height'>): GeoProjection {
  return fittedMercator(locator.extent, rect.width, rect.height);
}
