/**
 * The MapLibre style of the story's flows, as pure functions of a scene's flow visuals: each flow's
 * band, line and arrowheads (the rest of the style is style.ts). They only translate the visuals
 * (scene/encoding.ts); the contract test (maplibre-api.test.ts) validates them against the spec.
 */
import type {
  ExpressionSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Theme } from '../../geo/palette.ts';
import { round } from '../../round.ts';
import type { FlowVisual } from '../../scene/types.ts';
import { get, HIDDEN_OPACITY, SOURCES } from './style.ts';

/** The name of a flow's arrowhead image (ArrowImages.svelte adds it). */
export const arrowImage = (flow: string) => `arrow-${flow}`;

/**
 * The layers of one flow: its band, its line and its arrowheads. Showing or hiding it changes
 * only their opacity (HIDDEN_OPACITY when hidden), with a transition of `fade` ms, so scenes cross-fade.
 */
export function flowLayers(
  f: FlowVisual,
  visible: boolean,
  theme: Theme,
  fade: number,
): (LineLayerSpecification | SymbolLayerSpecification)[] {
  // The flows' source holds both routes and arrowheads (features.ts): each layer takes its geometry.
  const only = (geometry: 'LineString' | 'Point'): ExpressionSpecification => [
    'all',
    ['==', get('id'), f.id],
    ['==', ['geometry-type'], geometry],
  ];
  const transition = { duration: fade, delay: 0 };
  const on = visible ? 1 : HIDDEN_OPACITY;
  /** A line layer along the flow's route: the band under it, or the line itself. */
  const route = (
    part: 'band' | 'line',
    width: number,
    opacity: number,
    extra: LineLayerSpecification['paint'] = {},
  ): LineLayerSpecification => ({
    id: `flow-${f.id}-${part}`,
    type: 'line',
    source: SOURCES.flows,
    filter: only('LineString'),
    layout: { 'line-cap': 'butt', 'line-join': 'round' },
    paint: {
      'line-color': f.stroke.colour[theme],
      'line-width': width,
      'line-opacity': opacity,
      'line-opacity-transition': transition,
      ...extra,
    },
  });
  const band = f.band ? [route('band', f.band.width, on * f.band.opacity[theme])] : [];
  const { width, dash } = f.stroke;
  // MapLibre measures dashes in line widths; the visual gives them in pixels.
  const line = route('line', width, on, dash ? { 'line-dasharray': dash.map((d) => round(d / width, 3)) } : {});
  const arrows: SymbolLayerSpecification = {
    id: `flow-${f.id}-arrows`,
    type: 'symbol',
    source: SOURCES.flows,
    filter: only('Point'),
    layout: {
      'icon-image': arrowImage(f.id),
      'icon-size': f.arrows.size,
      'icon-rotate': get('heading'),
      'icon-rotation-alignment': 'map',
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
    paint: { 'icon-opacity': on, 'icon-opacity-transition': transition },
  };
  return [...band, line, arrows];
}
