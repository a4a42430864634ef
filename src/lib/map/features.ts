/**
 * GeoJSON for the MapLibre sources, made from a map view state. Widths travel as feature
 * properties so one data-driven layer draws every flow at its own width.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Place } from '../data/types.ts';
import type { FlowVisual } from './viewState.ts';

export interface FlowProps {
  id: string;
  kind: FlowVisual['kind'];
  status: FlowVisual['status'];
  scaled: boolean;
  core: number;
  outer: number;
}

export function flowFeatures(flows: FlowVisual[]): FeatureCollection<LineString, FlowProps> {
  return {
    type: 'FeatureCollection',
    features: flows.map((f): Feature<LineString, FlowProps> => ({
      type: 'Feature',
      properties: {
        id: f.id,
        kind: f.kind,
        status: f.status,
        scaled: f.scaled,
        core: f.width.core,
        outer: f.width.outer,
      },
      geometry: { type: 'LineString', coordinates: f.line },
    })),
  };
}

export interface PlaceProps {
  id: string;
  name: string;
  role: Place['role'];
}

export function placeFeatures(places: Place[]): FeatureCollection<Point, PlaceProps> {
  return {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      properties: { id: p.id, name: p.name, role: p.role },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    })),
  };
}
