/**
 * GeoJSON for the MapLibre sources, made from a map view state. Widths travel as feature
 * properties so one data-driven layer draws every flow at its own width. Also where the estimate
 * combs sit on screen, which MapLibre's camera decides.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Place } from '../data/types.ts';
import { along, type LonLat } from './geometry.ts';
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

export interface CombPosition {
  id: string;
  x: number;
  y: number;
  /** Degrees clockwise from east: the flow's heading at its middle. */
  angle: number;
  ticks: { low: number; high: number }[];
  visible: boolean;
}

/** Screen position and heading of each scaled flow's comb (its middle), through `project`. */
export function combPositions(flows: FlowVisual[], project: (p: LonLat) => { x: number; y: number }): CombPosition[] {
  return flows
    .filter((f) => f.scaled && f.width.ticks.length > 0)
    .map((f) => {
      const p = project(along(f.line, 0.5).point);
      const q = project(along(f.line, 0.52).point);
      return {
        id: f.id,
        x: p.x,
        y: p.y,
        angle: (Math.atan2(q.y - p.y, q.x - p.x) * 180) / Math.PI,
        ticks: f.width.ticks,
        visible: f.visible,
      };
    });
}
