/**
 * GeoJSON for the MapLibre sources, made from a scene's visuals: flow routes (by id, for each
 * flow's own layers), arrowheads as points with their heading, and places with what their label
 * and dot look like in each theme, which the place layers read (data-driven styling). Also where
 * the estimate combs sit on screen, which MapLibre's camera decides.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { LonLat } from './geometry.ts';
import { THEMES } from './palette.ts';
import type { Comb, FlowVisual, PlaceVisual, SceneFlow } from '../scene/types.ts';

export function flowFeatures(flows: FlowVisual[]): FeatureCollection<LineString, { id: string }> {
  return {
    type: 'FeatureCollection',
    features: flows.map((f): Feature<LineString, { id: string }> => ({
      type: 'Feature',
      properties: { id: f.id },
      geometry: { type: 'LineString', coordinates: f.line },
    })),
  };
}

export interface ArrowProps {
  id: string;
  heading: number;
}

export function arrowFeatures(flows: FlowVisual[]): FeatureCollection<Point, ArrowProps> {
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

export function placeFeatures(places: PlaceVisual[]): FeatureCollection<Point, PlaceProps> {
  return {
    type: 'FeatureCollection',
    features: places.map((p) => {
      const props: PlaceProps = {
        id: p.id,
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
      return { type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: p.at } };
    }),
  };
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
