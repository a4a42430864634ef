/**
 * Every piece of MapLibre style the map uses, as pure functions of the palette, the fonts and a
 * scene's visuals: the base style, and the spec of each layer the components add. They only
 * translate the visuals (scene/encoding.ts) into the style spec; the contract test
 * (maplibre-api.test.ts) validates what they build against @maplibre/maplibre-gl-style-spec.
 * Spec: https://maplibre.org/maplibre-style-spec/
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
  VariableAnchorOffsetCollectionSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { FOCUS_COUNTRIES, type Palette, type Theme } from '../../geo/palette.ts';
import { BORDER_WIDTH } from '../../scene/encoding.ts';
import { LABEL_OFFSET, type LabelSide } from '../../geo/labels.ts';

/** One self-hosted file of a label font, and the code points it draws. */
export interface MapFontFace {
  url: string;
  'unicode-range': string[];
}

/** The label fonts (self-hosted woff2: one URL, or files by unicode-range): no glyph server. */
export interface Fonts {
  regular: string | MapFontFace[];
  bold: string | MapFontFace[];
}

export const FONT = { regular: 'Noto Sans Regular', bold: 'Noto Sans Bold' };

/**
 * Source ids. A flow's route and its arrowheads are one source (features.ts flowFeatures): one set
 * of tiles, each with one feature index, instead of two.
 */
export const SOURCES = { countries: 'countries', flows: 'flows', places: 'places' } as const;

/** The lowest label layer: every flow layer goes under it, so labels stay on top whatever mounts when. */
export const LABELS = 'country-labels';

/** The name of the hatch tile image (HatchImage.svelte adds it). */
export const HATCH_IMAGE = 'part-hatch';

/** The style the map starts with: the sea and the label fonts. Everything else is a layer component. */
export function baseStyle(palette: Palette, fonts: Fonts): StyleSpecification {
  return {
    version: 8,
    'font-faces': { [FONT.regular]: fonts.regular, [FONT.bold]: fonts.bold },
    sources: {},
    layers: [{ id: 'sea', type: 'background', paint: { 'background-color': palette.sea } }],
  };
}

/**
 * Land (the story's two states in their own colour), the hatch over parts drawn as another
 * country's (Crimea, whose feature carries `part`: scripts/lib/basemap.ts) and borders.
 */
export function basemapLayers(
  palette: Palette,
): [FillLayerSpecification, FillLayerSpecification, LineLayerSpecification] {
  const country: ExpressionSpecification = ['!', ['has', 'part']];
  return [
    {
      id: 'land',
      type: 'fill',
      source: SOURCES.countries,
      filter: country,
      paint: { 'fill-color': ['match', ['get', 'iso_n3'], FOCUS_COUNTRIES, palette.focus, palette.land] },
    },
    {
      id: 'parts',
      type: 'fill',
      source: SOURCES.countries,
      filter: ['has', 'part'],
      paint: { 'fill-pattern': HATCH_IMAGE },
    },
    {
      id: 'borders',
      type: 'line',
      source: SOURCES.countries,
      filter: country,
      paint: { 'line-color': palette.border, 'line-width': BORDER_WIDTH },
    },
  ];
}

/**
 * The hatch's shaders, compiled before the reader scrolls: the hatch fills only Crimea, which the
 * first view may not show, and MapLibre compiles a layer's shaders the first time it draws it (with
 * software GL, about 200 ms, mid-scroll). This layer fills all land with the hatch, invisibly
 * (HIDDEN_OPACITY), for the map's first frames; SceneLayers removes it once the map is idle.
 */
export function hatchWarmUp(): FillLayerSpecification {
  return {
    id: 'parts-warm-up',
    type: 'fill',
    source: SOURCES.countries,
    paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': HIDDEN_OPACITY },
  };
}

/**
 * MapLibre anchors a label by its box, the SVG map by its baseline: the box's bottom sits this
 * many ems under the baseline (MapLibre's glyph metrics).
 */
const BASELINE = 0.3;

/** A feature's property, as a style expression. */
export const get = (key: string): ExpressionSpecification => ['get', key];
const font: ExpressionSpecification = ['case', get('bold'), ['literal', [FONT.bold]], ['literal', [FONT.regular]]];

/**
 * Country names, region names, dots and place names, styled from each feature's properties
 * (features.ts). The features are only the labels the shared placement kept (placement.ts), each
 * with the side it was given (`side`): a marked place's name above or under its dot, to its right
 * or left, a region's or country's centred on its point, as the SVG map draws them. Every label is
 * drawn, and none hides another: the placement has already kept them apart, so MapLibre's own
 * collision rules would only make the two maps differ.
 */
export function placeLayers(
  theme: Theme,
): [
  SymbolLayerSpecification,
  SymbolLayerSpecification,
  CircleLayerSpecification,
  SymbolLayerSpecification,
  SymbolLayerSpecification,
] {
  const text = {
    'text-field': get('text'),
    'text-font': font,
    'text-size': get('size'),
    'text-letter-spacing': get('spacing'),
    'text-allow-overlap': true,
    'text-ignore-placement': true,
  } as const;
  const offset = (side: LabelSide): VariableAnchorOffsetCollectionSpecification => {
    if (side === 'above' || side === 'below')
      return ['bottom', [0, (side === 'above' ? LABEL_OFFSET.over : LABEL_OFFSET.under) + BASELINE]];
    const left = side === 'left' || side === 'left-below';
    const y = (side.endsWith('below') ? LABEL_OFFSET.below : LABEL_OFFSET.y) + BASELINE;
    return [left ? 'bottom-right' : 'bottom-left', [left ? -LABEL_OFFSET.x : LABEL_OFFSET.x, y]];
  };
  const beside: SymbolLayerSpecification['layout'] = {
    ...text,
    'text-variable-anchor-offset': [
      'match',
      get('side'),
      ...(['left', 'right-below', 'left-below', 'above', 'below'] as const).flatMap((side) => [
        side,
        ['literal', offset(side)],
      ]),
      ['literal', offset('right')],
    ] as unknown as ExpressionSpecification,
    'text-justify': 'auto',
  };
  const paint = {
    'text-color': get(`colour-${theme}`),
    'text-halo-color': get(`halo-${theme}`),
    'text-halo-width': get('halo-width'),
  };
  const role = get('role');
  const centred = { ...text, 'text-anchor': 'center' } as const;
  return [
    { id: LABELS, type: 'symbol', source: SOURCES.places, filter: ['==', role, 'country'], layout: centred, paint },
    { id: 'area-labels', type: 'symbol', source: SOURCES.places, filter: ['==', role, 'area'], layout: centred, paint },
    {
      id: 'place-dots',
      type: 'circle',
      source: SOURCES.places,
      filter: ['in', role, ['literal', ['story', 'context']]],
      paint: {
        'circle-radius': get('radius'),
        'circle-color': get(`dot-${theme}`),
        'circle-stroke-color': get(`halo-${theme}`),
        'circle-stroke-width': get('dot-stroke'),
      },
    },
    {
      id: 'place-labels',
      type: 'symbol',
      source: SOURCES.places,
      filter: ['==', role, 'context'],
      layout: beside,
      paint,
    },
    {
      id: 'story-labels',
      type: 'symbol',
      source: SOURCES.places,
      filter: ['==', role, 'story'],
      layout: beside,
      paint,
    },
  ];
}

/**
 * The opacity of a hidden flow's layers: drawn, but invisible (a thousandth of full: under half of
 * one level of 255). MapLibre skips a layer at opacity 0 and compiles its shaders the first time
 * it draws it; with software GL that compiling (getProgramParameter) took half a second, mid-scroll,
 * when a step first showed a kind of flow. Drawn from the first frame, they compile while the map
 * loads under its SVG picture, before the reader scrolls.
 */
export const HIDDEN_OPACITY = 0.001;
