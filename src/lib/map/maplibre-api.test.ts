/**
 * Contract test against the real maplibre-gl module: what this project calls must exist, so a
 * major upgrade fails here by name rather than silently on a live map.
 */
import { describe, expect, it } from 'vitest';
import * as maplibre from 'maplibre-gl';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';

describe('maplibre-gl API used by GlMap', () => {
  it('exports what GlMap imports', () => {
    expect(maplibre.getVersion()).toMatch(/^6\./);
    expect(typeof maplibre.Map).toBe('function');
    expect(typeof maplibre.setWorkerUrl).toBe('function');
  });

  it('has the Map methods GlMap and the layer components call', () => {
    for (const m of [
      'addSource',
      'getSource',
      'removeSource',
      'addLayer',
      'getLayer',
      'removeLayer',
      'setPaintProperty',
      'getPaintProperty',
      'setLayoutProperty',
      'getLayoutProperty',
      'setFilter',
      'addImage',
      'updateImage',
      'on',
      'off',
      'fitBounds',
      'project',
      'getCanvas',
      'isSourceLoaded',
      'getStyle',
      'remove',
    ]) {
      expect(typeof (maplibre.Map.prototype as unknown as Record<string, unknown>)[m], m).toBe('function');
    }
  });

  it('accepts a style with font-faces and no glyphs, sprite or tile URL', () => {
    const errors = validateStyleMin({
      version: 8,
      'font-faces': { 'Noto Sans Regular': 'http://127.0.0.1/font.woff2' },
      sources: { places: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
      layers: [
        { id: 'sea', type: 'background', paint: { 'background-color': '#dce6ee' } },
        {
          id: 'labels',
          type: 'symbol',
          source: 'places',
          layout: { 'text-field': ['get', 'name'], 'text-font': ['literal', ['Noto Sans Regular']] },
        },
      ],
    });
    expect(errors).toEqual([]);
  });
});
