/**
 * Contract test against the real maplibre-gl module and its style spec: what this project calls
 * must exist, and the style and every layer spec the code builds (style.ts, from the fixture's
 * scenes, in both themes) must validate, so that a major upgrade fails here by name rather than
 * silently on a live map.
 */
import { placeLabels } from '../../geo/placement.ts';
import { describe, expect, it } from 'vitest';
import * as maplibre from 'maplibre-gl';
import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { flowFeatures, placeFeatures } from './features.ts';
import { PALETTES, THEMES, type Theme } from '../../geo/palette.ts';
import { baseStyle, basemapLayers, placeLayers, SOURCES } from './style.ts';
import { flowLayers } from './flow-style.ts';
import { fixture } from '../../../../tests/fixtures/ledger.ts';

const { scenes } = fixture();
const scene = scenes.views[Object.keys(scenes.views)[0]];
const visuals = scene.flows.map((f) => f.visual);
const fonts = { regular: 'http://127.0.0.1/regular.woff2', bold: 'http://127.0.0.1/bold.woff2' };

/** The whole style the map holds once every layer component has added its layer. */
function fullStyle(theme: Theme, visible: boolean): StyleSpecification {
  const base = baseStyle(PALETTES[theme], fonts);
  return {
    ...base,
    sources: {
      [SOURCES.countries]: { type: 'geojson', data: 'http://127.0.0.1/geo/countries.json' },
      [SOURCES.places]: { type: 'geojson', data: placeFeatures(scene, placeLabels(scene, 800, 560)) },
      [SOURCES.flows]: { type: 'geojson', data: flowFeatures(visuals) },
    },
    layers: [
      ...base.layers,
      ...basemapLayers(PALETTES[theme]),
      ...visuals.flatMap((f) => flowLayers(f, visible, theme, 500)),
      ...placeLayers(theme),
    ],
  };
}

describe('maplibre-gl API used by the map', () => {
  it('exports what GlMap imports', () => {
    expect(maplibre.getVersion()).toMatch(/^6\./);
    expect(typeof maplibre.Map).toBe('function');
    expect(typeof maplibre.setWorkerUrl).toBe('function');
  });

  it('has the Map methods the shell, the context and the layer components call', () => {
    for (const m of [
      'addSource',
      'getSource',
      'removeSource',
      'addLayer',
      'getLayer',
      'removeLayer',
      'moveLayer',
      'setPaintProperty',
      'setLayoutProperty',
      'setFilter',
      'addImage',
      'hasImage',
      'updateImage',
      'on',
      'once',
      'off',
      'fitBounds',
      'getBounds',
      'getContainer',
      'project',
      'getCanvas',
      'isSourceLoaded',
      'getStyle',
      'remove',
    ]) {
      expect(typeof (maplibre.Map.prototype as unknown as Record<string, unknown>)[m], m).toBe('function');
    }
  });

  it.each(THEMES)('accepts the base style in the %s theme: the sea and font-faces, no glyphs, sprite or tiles', (t) => {
    const style = baseStyle(PALETTES[t], fonts);
    expect(validateStyleMin(style)).toEqual([]);
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
  });

  it.each(THEMES)('accepts every source and layer the map adds, in the %s theme, shown and hidden', (t) => {
    for (const visible of [true, false]) expect(validateStyleMin(fullStyle(t, visible))).toEqual([]);
  });

  it('checks the layers for real: a misspelt property is refused', () => {
    const style = fullStyle('light', true);
    const bad = {
      ...style,
      layers: [...style.layers, { ...style.layers[1], id: 'x', paint: { 'fill-colour': '#fff' } }],
    };
    expect(validateStyleMin(bad as StyleSpecification).map((e) => e.message)).toEqual([
      expect.stringContaining('unknown property "fill-colour"'),
    ]);
  });
});
