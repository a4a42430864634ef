/**
 * The parts the basemap draws as another country's than Natural Earth does (data/countries.json
 * `parts`; Crimea as Ukraine's): the polygon moved before simplifying (`reassignParts`), and after
 * it a feature of its own that the map hatches (`partFeatures`).
 */
import type { Position } from 'geojson';
import type { CountryFeature } from './basemap.ts';
import { polygonContaining, polygonsOf, withPolygons } from './rings.ts';

/**
 * A polygon of one country's shape that the map draws as another's (data/countries.json `parts`):
 * the polygon of `from`'s MultiPolygon that contains `at`.
 */
export interface PartRule {
  /** ISO numeric id of the country whose shape holds the polygon (Russia, "643"). */
  from: string;
  /** ISO numeric id of the country the map draws it as (Ukraine, "804"). */
  to: string;
  /** A point inside the polygon (Simferopol). */
  at: Position;
  /** The part's name, and how the rule is named in errors. */
  name: string;
  /** Its status, set as `part` on its feature. */
  status: string;
}

function country(countries: CountryFeature[], iso: string, rule: PartRule): CountryFeature {
  const found = countries.find((c) => c.properties.iso_n3 === iso && !c.properties.part);
  if (!found) throw new Error(`basemap part "${rule.name}": no country ${iso} in the basemap`);
  return found;
}

/**
 * Moves each rule's polygon from its country's shape to the other's: the polygon of `from` that
 * contains `at` (a place kept in data/), taken from the basemap's own data, never drawn by hand.
 * Fails, naming the rule, when no polygon of `from` contains the point, or when it is the whole
 * of `from`. Run before simplifying, so the moved polygon keeps its shared borders.
 */
export function reassignParts(countries: CountryFeature[], rules: readonly PartRule[]): CountryFeature[] {
  let out = countries;
  for (const rule of rules) {
    const from = country(out, rule.from, rule);
    const to = country(out, rule.to, rule);
    const polygons = polygonsOf(from.geometry);
    const index = polygonContaining(from.geometry, rule.at);
    if (index < 0)
      throw new Error(
        `basemap part "${rule.name}": no polygon of ${from.properties.name} contains ${rule.at.join(', ')}`,
      );
    if (polygons.length < 2)
      throw new Error(`basemap part "${rule.name}": it is the whole of ${from.properties.name}, not a part`);
    const moved = polygons[index];
    out = out.map((c) =>
      c === from
        ? {
            ...c,
            geometry: withPolygons(
              c.geometry,
              polygons.filter((_, i) => i !== index),
            ),
          }
        : c === to
          ? { ...c, geometry: { type: 'MultiPolygon', coordinates: [...polygonsOf(c.geometry), moved] } }
          : c,
    );
  }
  return out;
}

/**
 * A feature per rule, after the build: the polygon of `to` (now holding the part) that contains
 * `at`, named for the part and carrying its status as `part`, for the map to hatch.
 */
export function partFeatures(countries: CountryFeature[], rules: readonly PartRule[]): CountryFeature[] {
  return rules.map((rule) => {
    const to = country(countries, rule.to, rule);
    const polygon = polygonsOf(to.geometry)[polygonContaining(to.geometry, rule.at)];
    if (!polygon) throw new Error(`basemap part "${rule.name}": lost in simplification`);
    return {
      type: 'Feature',
      properties: { name: rule.name, iso_n3: rule.to, part: rule.status },
      geometry: { type: 'Polygon', coordinates: polygon },
    };
  });
}
