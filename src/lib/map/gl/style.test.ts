/**
 * The label layers draw what the shared placement kept (placement.ts), where it put it: the style
 * validates against @maplibre/maplibre-gl-style-spec, the source holds only the kept labels, each
 * side has its own anchor, and MapLibre's own collision rules hide nothing.
 */
import { describe, expect, it } from 'vitest';
import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { SymbolLayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { placeFeatures } from './features.ts';
import { LABEL_OFFSET } from '../../geo/labels.ts';
import { THEMES } from '../../geo/palette.ts';
import { placeLabels } from '../../geo/placement.ts';
import { placeLayers, SOURCES } from './style.ts';
import { fixture } from '../../../../tests/fixtures/ledger.ts';

const { scenes } = fixture();
const scene = scenes.card;
const placement = placeLabels(scene, 800, 560);

describe('placeLayers', () => {
  it.each(THEMES)('validates with the placement’s labels (%s)', (theme) => {
    const style: StyleSpecification = {
      version: 8,
      sources: { [SOURCES.places]: { type: 'geojson', data: placeFeatures(scene, placement) } },
      layers: placeLayers(theme),
    };
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('lets every label draw where the placement put it: overlap allowed, placement ignored', () => {
    const labels = placeLayers('light').filter((l): l is SymbolLayerSpecification => l.type === 'symbol');
    expect(labels.map((l) => l.id)).toEqual(['country-labels', 'area-labels', 'place-labels', 'story-labels']);
    for (const l of labels) {
      expect(l.layout?.['text-allow-overlap'], l.id).toBe(true);
      expect(l.layout?.['text-ignore-placement'], l.id).toBe(true);
    }
  });

  it('anchors each side of a marked place as the SVG map draws it', () => {
    const story = placeLayers('light').find((l) => l.id === 'story-labels') as SymbolLayerSpecification;
    const [, , ...cases] = story.layout?.['text-variable-anchor-offset'] as unknown as unknown[];
    const bySide = Object.fromEntries(
      [...(cases.slice(0, -1) as unknown[])].flatMap((v, i, all) =>
        i % 2 === 0 ? [[v as string, (all[i + 1] as [string, unknown])[1]]] : [],
      ),
    );
    const y = LABEL_OFFSET.y + 0.3;
    const below = LABEL_OFFSET.below + 0.3;
    expect(bySide).toEqual({
      left: ['bottom-right', [-LABEL_OFFSET.x, y]],
      'right-below': ['bottom-left', [LABEL_OFFSET.x, below]],
      'left-below': ['bottom-right', [-LABEL_OFFSET.x, below]],
      above: ['bottom', [0, LABEL_OFFSET.over + 0.3]],
      below: ['bottom', [0, LABEL_OFFSET.under + 0.3]],
    });
    expect((cases.at(-1) as [string, unknown])[1]).toEqual(['bottom-left', [LABEL_OFFSET.x, y]]);
  });
});

describe('placeFeatures', () => {
  it('holds exactly the places and countries the placement kept, each with its side', () => {
    const features = placeFeatures(scene, placement).features.map((f) => f.properties);
    const places = features.filter((f) => f.role !== 'country');
    expect(places.map((f) => [f.id, f.side])).toEqual(placement.places.map((p) => [p.id, p.side]));
    expect(features.filter((f) => f.role === 'country').map((f) => f.id)).toEqual(placement.countries.map((c) => c.id));
  });

  it('holds only the story places before the first placement', () => {
    const ids = placeFeatures(scene, null).features.map((f) => f.properties.id);
    expect(ids).toEqual(scene.places.filter((p) => p.role === 'story').map((p) => p.id));
  });
});
