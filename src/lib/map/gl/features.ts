/**
 * GeoJSON for the MapLibre sources, made from a scene's visuals: flow routes (by id, for each
 * flow's own layers), arrowheads as points with their heading, and places with what their label
 * and dot look like in each theme, which the place layers read (data-driven styling). Also where
 * the estimate combs sit on screen, which MapLibre's camera decides.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { LonLat } from '../../geo/geometry.ts';
import { THEMES } from '../../geo/palette.ts';
import type { Placement } from '../../geo/placement.ts';
import type { Comb, CountryLabel, FlowVisual, Scene, SceneFlow } from '../../scene/types.ts';

/**
 * The flows' one source: every route (a line with its flow's id), then every arrowhead (a point
 * with its flow's id and heading). Each flow layer picks its flow and its geometry (flow-style.ts).
 */
export function flowFeatures(flows: FlowVisual[]): FeatureCollection<LineString | Point, { id: string } | ArrowProps> {
  return {
    type: 'FeatureCollection',
    features: [
      ...flows.map((f): Feature<LineString, { id: string }> => ({
        type: 'Feature',
        properties: { id: f.id },
        geometry: { type: 'LineString', coordinates: f.line },
      })),
      ...arrowFeatures(flows).features,
    ],
  };
}

export interface ArrowProps {
  id: string;
  heading: number;
}

/** The arrowheads of the flows, as points with their heading. */
function arrowFeatures(flows: FlowVisual[]): FeatureCollection<Point, ArrowProps> {
  return {
    type: 'FeatureCollection',
    features: flows.flatMap((f) =>
      f.arrows.marks.map((m): Feature<Point, ArrowProps> => ({
        type: 'Feature',
        properties: { id: f.id, heading: m.heading },
        geometry: { type: 'Point', coordinates: m.at },
      })),
    ),
  };
}

/** A place's look as flat feature properties: `colour-light`, `colour-dark`, `halo-light`, … */
export type PlaceProps = Record<string, string | number | boolean>;

/**
 * The labels the placement kept (placement.ts), as points: each place with its label's side, and
 * each country named, role "country", at the spot it took. Before the first placement (null) the
 * story places only, on their default side.
 */
export function placeFeatures(scene: Scene, placement: Placement | null): FeatureCollection<Point, PlaceProps> {
  const kept =
    placement?.places ?? scene.places.filter((p) => p.role === 'story').map((p) => ({ id: p.id, side: 'right' }));
  const places = kept.map(({ id, side }) => ({ p: scene.places.find((p) => p.id === id)!, side }));
  const countries = (placement?.countries ?? []).flatMap(({ id, at }) => {
    const c = scene.countries.find((x) => x.id === id);
    return c ? [countryFeature(c, at)] : [];
  });
  return {
    type: 'FeatureCollection',
    features: [
      ...countries,
      ...places.map(({ p, side }) => {
        const props: PlaceProps = {
          id: p.id,
          side,
          role: p.role,
          text: p.text,
          size: p.font.size,
          bold: p.font.bold,
          spacing: p.font.letterSpacing,
          'halo-width': p.halo.width,
          radius: p.dot?.radius ?? 0,
          'dot-stroke': p.dot?.stroke ?? 0,
        };
        for (const t of THEMES) {
          props[`colour-${t}`] = p.colour[t];
          props[`halo-${t}`] = p.halo.colour[t];
          if (p.dot) props[`dot-${t}`] = p.dot.colour[t];
        }
        return { type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: p.at } } as const;
      }),
    ],
  };
}

function countryFeature(c: CountryLabel, at: LonLat): Feature<Point, PlaceProps> {
  const props: PlaceProps = {
    id: c.id,
    role: 'country',
    text: c.text,
    size: c.font.size,
    bold: false,
    spacing: c.font.letterSpacing,
    'halo-width': c.halo.width,
  };
  for (const t of THEMES) {
    props[`colour-${t}`] = c.colour[t];
    props[`halo-${t}`] = c.halo.colour[t];
  }
  return { type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: at } };
}

export interface CombPosition {
  id: string;
  x: number;
  y: number;
  comb: Comb;
  visible: boolean;
}

/** Screen position of each comb of a scene's flows, through `project` (its heading is the comb's own). */
export function combPositions(flows: SceneFlow[], project: (p: LonLat) => { x: number; y: number }): CombPosition[] {
  return flows.flatMap(({ visual, visible }) => {
    if (!visual.comb) return [];
    const { x, y } = project(visual.comb.mark.at);
    return [{ id: visual.id, x, y, comb: visual.comb, visible }];
  });
}
