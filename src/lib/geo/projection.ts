/**
 * The framing of a view, the same in both renderers: Web Mercator fitted to a view's bounds inside
 * padding that leaves room for the labels of the places in it (labels.ts). The SVG map fits its
 * projection with it (`fitView`) and MapLibre's camera gives the same padding to `fitBounds`
 * (Camera, GlMap), so both show the same picture of a view and no story place's label is clipped
 * at an edge, on a phone's narrow map as on a wide screen. A label that would run off the right
 * edge turns to the left of its dot first (both renderers draw it there: SvgMap, style.ts), so
 * the view keeps its size; padding takes care of the rest.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { View } from '../data/types.ts';
import { CHEVRON_SIZE } from './chevron.ts';
import type { LonLat } from './geometry.ts';
import type { ClearedFlow, LabelledPlace } from './shapes.ts';
import { labelBox, type LabelBox, type LabelSide } from './labels.ts';

/** Space kept free inside each edge of the map, in CSS pixels (MapLibre's PaddingOptions). */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A label needs this many fits at most to settle: each moves the places inward. */
const PASSES = 8;

/** Padding around a view's bounds before labels: a little on phones, more on wide screens. */
export function viewPadding(width: number): number {
  return Math.round(Math.min(48, Math.max(12, width * 0.05)));
}

const inside = (p: LabelledPlace, view: View) => {
  const [[w, s], [e, n]] = view.bounds;
  return p.at[0] >= w && p.at[0] <= e && p.at[1] >= s && p.at[1] <= n;
};

function fit(view: View, width: number, height: number, pad: Padding): GeoProjection {
  const [[w, s], [e, n]] = view.bounds;
  return geoMercator().fitExtent(
    [
      [pad.left, pad.top],
      [Math.max(pad.left + 1, width - pad.right), Math.max(pad.top + 1, height - pad.bottom)],
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

/** An arrowhead of a visible flow: where it is, and half the side of its box in CSS pixels (halo included). */
export interface Arrowhead {
  at: LonLat;
  half: number;
}

/** The arrowheads of a scene's visible flows, which no place's label may touch. */
export function arrowheads(flows: ClearedFlow[]): Arrowhead[] {
  return flows
    .filter((f) => f.visible)
    .flatMap(({ visual: { arrows } }) =>
      arrows.marks.map((m) => ({ at: m.at, half: (CHEVRON_SIZE / 2) * arrows.size })),
    );
}

const hits = (b: LabelBox, x: number, y: number, points: [number, number, number][]) =>
  points.some(
    ([ax, ay, h]) => x + b.left < ax + h && ax - h < x + b.right && y + b.top < ay + h && ay - h < y + b.bottom,
  );

/** How a view is framed on a map of some size: the fit's padding and the places labelled on the left. */
export interface Framing {
  padding: Padding;
  /** Ids of the places whose label is turned to the left of the dot. */
  left: string[];
}

/**
 * Frames `view` on a `width` × `height` map with the label of every place inside the view's bounds
 * wholly on the map, `viewPadding` from each edge at least; places outside the bounds never widen
 * the fit. Each pass fits, turns a label to the left of its dot when it runs off the right edge
 * (and fits on the left) or when it would touch one of `arrows` on the right and not on the left
 * (flows arrive at Moscow and Kursk from the east), finds how far each label still reaches past
 * the edges and adds that to the padding on its side; no side takes more than a third of the map.
 */
export function frameView(
  view: View,
  places: LabelledPlace[],
  width: number,
  height: number,
  arrows: Arrowhead[] = [],
): Framing {
  const base = viewPadding(width);
  const edge = Math.min(base, 8);
  const pad: Padding = { top: base, right: base, bottom: base, left: base };
  const labelled = places
    .filter((p) => inside(p, view))
    .map((p) => ({ id: p.id, at: p.at, right: labelBox(p, 'right'), left: p.dot ? labelBox(p, 'left') : null }));
  const sides = new Map<string, LabelSide>();
  const awayFromArrows = new Set<string>();
  for (let pass = 0; pass < PASSES; pass++) {
    const projection = fit(view, width, height, pad);
    const over = { top: 0, right: 0, bottom: 0, left: 0 };
    const heads = arrows.map(({ at, half }): [number, number, number] => {
      const [x, y] = projection(at) ?? [NaN, NaN];
      return [x, y, half];
    });
    for (const l of labelled) {
      const [x, y] = projection(l.at) ?? [NaN, NaN];
      // A label turned away from an arrowhead stays turned: the fit moves it a little each pass.
      if (l.left && hits(l.right, x, y, heads) && !hits(l.left, x, y, heads)) awayFromArrows.add(l.id);
      const turn =
        l.left && ((x + l.right.right > width - edge && x + l.left.left >= edge) || awayFromArrows.has(l.id));
      sides.set(l.id, turn ? 'left' : 'right');
      const box = turn && l.left ? l.left : l.right;
      over.left = Math.max(over.left, edge - (x + box.left));
      over.right = Math.max(over.right, x + box.right - (width - edge));
      over.top = Math.max(over.top, edge - (y + box.top));
      over.bottom = Math.max(over.bottom, y + box.bottom - (height - edge));
    }
    if (Object.values(over).every((v) => !(v > 0.5))) break;
    pad.left = Math.min(width / 3, pad.left + Math.max(0, over.left));
    pad.right = Math.min(width / 3, pad.right + Math.max(0, over.right));
    pad.top = Math.min(height / 3, pad.top + Math.max(0, over.top));
    pad.bottom = Math.min(height / 3, pad.bottom + Math.max(0, over.bottom));
  }
  return {
    padding: {
      top: Math.ceil(pad.top),
      right: Math.ceil(pad.right),
      bottom: Math.ceil(pad.bottom),
      left: Math.ceil(pad.left),
    },
    left: [...sides].filter(([, side]) => side === 'left').map(([id]) => id),
  };
}

/** The SVG map's projection of `view`, fitted inside `padding` (from `frameView`). */
export function fitView(view: View, width: number, height: number, padding: Padding): GeoProjection {
  return fit(view, width, height, padding);
}
