/**
 * The place label layers with labels turned inward (projection.ts `frameView`): the style
 * validates against @maplibre/maplibre-gl-style-spec, and a turned place is anchored on the left.
 */
import { describe, expect, it } from 'vitest';
import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { placeFeatures } from './features.ts';
import { THEMES } from './palette.ts';
import { placeLayers, SOURCES } from './style.ts';
import type { SymbolLayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import { resolveScenes } from '../scene/resolve.ts';

const { ledger, story } = fixture();
const places = resolveScenes(ledger, story.steps).card.places;

describe('placeLayers', () => {
  it.each(THEMES)('validates with labels turned to the left of their dot (%s)', (theme) => {
    const turned = places.filter((p) => p.dot).map((p) => p.id);
    const style: StyleSpecification = {
      version: 8,
      sources: { [SOURCES.places]: { type: 'geojson', data: placeFeatures(places) } },
      layers: placeLayers(theme, turned.slice(0, 1)),
    };
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('anchors every marked place above and right of its dot unless the framing turned it', () => {
    const anchor = (l: SymbolLayerSpecification) => l.layout?.['text-variable-anchor-offset'];
    const labels = placeLayers('light').filter(
      (l): l is SymbolLayerSpecification => l.type === 'symbol' && l.id !== 'area-labels',
    );
    for (const l of labels)
      expect(l.layout?.['text-variable-anchor-offset']).toEqual(['bottom-left', expect.any(Array)]);
    const turned = placeLayers('light', ['x']).find((l) => l.id === 'story-labels') as SymbolLayerSpecification;
    expect(JSON.stringify(anchor(turned))).toContain('"bottom-right"');
  });
});
