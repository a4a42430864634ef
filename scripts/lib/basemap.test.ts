/**
 * The offline basemap build on the real world-atlas countries-50m data: the story's countries
 * are there and named, nothing wraps across the antimeridian, the story's places still fall in
 * the right country after simplification, and the file stays small and marked as generated.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Position } from 'geojson';
import { geoContains } from 'd3-geo';
import {
  BASEMAP_EXTENT,
  buildBasemap,
  countriesFromTopology,
  fixAntimeridian,
  NO_ISO_N3,
  serialiseBasemap,
  type CountryFeature,
  type Topology,
} from './basemap.ts';
import { reassignParts } from './basemap-parts.ts';
import { fixAntimeridianRing, intersectsExtent, maxLongitudeStep, polygonContaining, polygonsOf } from './rings.ts';
import { loadContent } from './load.ts';

const world = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8'),
) as Topology;
const countries = buildBasemap(world);
const text = serialiseBasemap(countries);

function byName(list: CountryFeature[], name: string): CountryFeature {
  const country = list.find((c) => c.properties.name === name);
  if (!country) throw new Error(`${name} is not in the basemap`);
  return country;
}

function rings(list: CountryFeature[]): Position[][] {
  return list.flatMap((c) => polygonsOf(c.geometry).flat());
}

describe('basemap countries', () => {
  it('has the story countries with their ISO numeric codes', () => {
    const codes = Object.fromEntries(countries.map((c) => [c.properties.name, c.properties.iso_n3]));
    expect(codes).toMatchObject({
      Russia: '643',
      'North Korea': '408',
      'South Korea': '410',
      Ukraine: '804',
      China: '156',
      Japan: '392',
      Mongolia: '496',
      Belarus: '112',
      Kazakhstan: '398',
      Estonia: '233',
      Latvia: '428',
      Lithuania: '440',
    });
  });

  it('leaves out countries outside 10–150°E, 25–75°N', () => {
    const names = countries.map((c) => c.properties.name);
    for (const name of ['United States of America', 'Brazil', 'Australia', 'France', 'Vietnam', 'Indonesia']) {
      expect(names).not.toContain(name);
    }
  });

  it('gives every feature a name and an ISO numeric code (or Natural Earth’s -99)', () => {
    expect(countries.length).toBeGreaterThan(50);
    for (const { properties } of countries) {
      expect(Object.keys(properties).sort()).toEqual(['iso_n3', 'name']);
      expect(properties.name).not.toBe('');
      expect(properties.iso_n3).toMatch(/^(\d{3}|-99)$/);
    }
    // The ones world-atlas leaves without an id keep their place on the map.
    expect(byName(countries, 'Kosovo').properties.iso_n3).toBe(NO_ISO_N3);
  });

  it('has no ring that steps over 180° of longitude, though the source does', () => {
    // Negative control: without the fix, Russia's Chukotka jumps from +180° to −180°.
    const sourceRussia = byName(countriesFromTopology(world), 'Russia');
    expect(Math.max(...polygonsOf(sourceRussia.geometry).flat().map(maxLongitudeStep))).toBeGreaterThan(180);

    const worst = Math.max(...rings(countries).map(maxLongitudeStep));
    expect(worst).toBeLessThanOrEqual(180);
    // Chukotka now continues east of 180° instead of reappearing at −180°.
    const russiaLongitudes = polygonsOf(byName(countries, 'Russia').geometry)
      .flat(2)
      .map(([lon]) => lon);
    expect(Math.max(...russiaLongitudes)).toBeGreaterThan(185);
    expect(Math.min(...rings(countries).flatMap((r) => r.map(([lon]) => lon)))).toBeGreaterThan(-20);
  });

  it('keeps the story places inside the right country after simplification', () => {
    const places: [string, [number, number]][] = [
      ['North Korea', [125.7625, 39.0392]], // Pyongyang
      ['Russia', [37.6173, 55.7558]], // Moscow
      ['Russia', [36.1874, 51.7304]], // Kursk
      ['Ukraine', [30.5234, 50.4501]], // Kyiv
      ['South Korea', [126.978, 37.5665]], // Seoul
      ['Russia', [-176, 65.5]], // inland Chukotka, east of 180°: the +360° shift kept it inside
    ];
    for (const [name, point] of places) {
      expect(geoContains(byName(countries, name), point), `${point.join(', ')} in ${name}`).toBe(true);
    }
    // Negative controls: the test would notice a wrong country or an inverted ring.
    expect(geoContains(byName(countries, 'South Korea'), [125.7625, 39.0392])).toBe(false);
    expect(geoContains(byName(countries, 'Russia'), [30.5234, 50.4501])).toBe(false);
  });

  it('rounds coordinates to 3 decimals', () => {
    for (const ring of rings(countries)) {
      for (const [lon, lat] of ring) {
        expect(Math.round(lon * 1000) / 1000).toBe(lon);
        expect(Math.round(lat * 1000) / 1000).toBe(lat);
      }
    }
  });
});

describe('basemap file', () => {
  it('is at most 60 KB gzipped', () => {
    expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(60 * 1024);
  });

  it('says on its first line that it is generated, and parses as a FeatureCollection', () => {
    const [firstLine] = text.split('\n');
    expect(firstLine).toContain('GENERATED');
    expect(firstLine).toContain('scripts/build-basemap.ts');
    const parsed = JSON.parse(text) as { type: string; features: unknown[] };
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.features).toEqual(countries);
  });

  it('comes out byte-identical on a second build', () => {
    expect(serialiseBasemap(buildBasemap(world))).toBe(text);
  });
});

describe('basemap steps', () => {
  it('shifts only rings that cross the antimeridian', () => {
    const crossing: Position[] = [
      [179, 66],
      [-179, 66],
      [-179, 65],
      [179, 65],
      [179, 66],
    ];
    expect(fixAntimeridianRing(crossing).map(([lon]) => lon)).toEqual([179, 181, 181, 179, 179]);
    const western: Position[] = [
      [-10, 0],
      [-9, 0],
      [-9, 1],
      [-10, 0],
    ];
    expect(fixAntimeridianRing(western)).toBe(western);
  });

  it('counts a polygon that wholly contains the extent, or only crosses its edge, as overlapping', () => {
    const e = BASEMAP_EXTENT;
    const around = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [e.west - 1, e.south - 1],
          [e.east + 1, e.south - 1],
          [e.east + 1, e.north + 1],
          [e.west - 1, e.north + 1],
          [e.west - 1, e.south - 1],
        ],
      ],
    };
    // A thin sliver whose vertices are all outside the box but whose edges cut through it.
    const across = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 50],
          [160, 50],
          [160, 50.1],
          [0, 50.1],
          [0, 50],
        ],
      ],
    };
    const outside = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [-60, -10],
          [-50, -10],
          [-50, 0],
          [-60, -10],
        ],
      ],
    };
    expect(intersectsExtent(around, e)).toBe(true);
    expect(intersectsExtent(across, e)).toBe(true);
    expect(intersectsExtent(outside, e)).toBe(false);
  });
});

describe('country parts (data/countries.json): Crimea drawn as Ukraine', () => {
  // The basemap as the build writes it, with the live data's parts: a data test.
  const built = loadContent().basemap;
  const holder = (lonLat: Position) =>
    built.filter((c) => !c.properties.part && geoContains(c, lonLat as [number, number])).map((c) => c.properties.name);

  it('puts 34.1°E 44.95°N (Simferopol) in Ukraine, and keeps Kursk and Moscow in Russia', () => {
    expect(holder([34.1, 44.95])).toEqual(['Ukraine']);
    expect(holder([36.19, 51.73])).toEqual(['Russia']);
    expect(holder([37.62, 55.76])).toEqual(['Russia']);
  });

  it('marks the moved polygon as a part, with its status, for the hatch', () => {
    const parts = built.filter((c) => c.properties.part);
    expect(parts.map((p) => [p.properties.name, p.properties.iso_n3, p.properties.part])).toEqual([
      ['Crimea', '804', 'annexed by Russia, 2014'],
    ]);
    expect(geoContains(parts[0], [34.1, 44.95])).toBe(true);
  });

  it('moves exactly the polygon of the first country that contains the point, and fails naming the rule otherwise', () => {
    const raw = countriesFromTopology(world).map(fixAntimeridian);
    const russia = byName(raw, 'Russia');
    const rule = { from: '643', to: '804', at: [34.1, 44.95], name: 'Crimea', status: 'annexed' };
    const moved = reassignParts(raw, [rule]);
    expect(polygonsOf(byName(moved, 'Russia').geometry)).toHaveLength(polygonsOf(russia.geometry).length - 1);
    expect(polygonContaining(byName(moved, 'Russia').geometry, rule.at)).toBe(-1);
    expect(polygonContaining(byName(moved, 'Ukraine').geometry, rule.at)).toBeGreaterThanOrEqual(0);
    expect(() => reassignParts(raw, [{ ...rule, at: [10, 10] }])).toThrow(
      /basemap part "Crimea": no polygon of Russia contains 10, 10/,
    );
    expect(() => reassignParts(raw, [{ ...rule, from: '999' }])).toThrow(/no country 999/);
  });
});
