/**
 * The ledger's geography, as validate.ts makes it: places.json, flows.json, countries.json and
 * views.json (types.ts holds the rest of the ledger and names these too).
 */
import type { Evidence } from './types.ts';

/** The kinds of flow: each has its own colour (src/lib/geo/palette.ts). The one list of them. */
export const FLOW_KINDS = ['troops', 'munitions', 'returns'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

/** How sure the seeds are that a flow happens: a planned or believed flow is drawn dashed. */
export const FLOW_STATUSES = ['reported', 'planned', 'believed'] as const;
export type FlowStatus = (typeof FLOW_STATUSES)[number];

/** The roles a place can have (see Place). */
export const PLACE_ROLES = ['story', 'context', 'area', 'reference'] as const;
export const COUNTRY_ROLES = ['story', 'context'] as const;

export interface Place {
  id: string;
  /** The name in the edition's language. */
  name: string;
  /** The name by language tag, "en" always and every edition's. */
  names: Record<string, string>;
  country: string;
  lon: number;
  lat: number;
  /**
   * story: the three cities; context: other places the copy names; area: a region, labelled without
   * an outline; reference: never drawn, a point the map build needs (the place a country part contains).
   */
  role: (typeof PLACE_ROLES)[number];
  note: string;
}

export interface Flow {
  id: string;
  kind: FlowKind;
  from: string;
  to: string;
  /** The quantity whose claims size the flow, or "" for an unsized flow. */
  quantity: string;
  status: FlowStatus;
  label: string;
  items: string[];
  route: 'schematic';
  evidence: Evidence[];
}

/**
 * A polygon of another country's basemap shape that the map draws as part of this country, by
 * international recognition (Crimea: Natural Earth draws it in Russia). The part is the polygon
 * of `from`'s shape that contains the place `contains`; no shape is drawn by hand.
 */
export interface CountryPart {
  /** The countries.json id whose basemap shape holds the polygon. */
  from: string;
  /** A places.json id (role "reference") inside the polygon. */
  contains: string;
  /** The part's name, by language tag ("en" always and every edition's). */
  names: Record<string, string>;
  /** Its name in the edition's language. */
  name: string;
  /** Its status, said on the map's key and note ("annexed by Russia, 2014"), in the edition's language. */
  status: string;
  /** The status by language tag: the basemap, one for every edition, carries the English. */
  statuses: Record<string, string>;
}

/** A country the map may name, as the basemap identifies it. */
export interface Country {
  id: string;
  /** The basemap's id: ISO 3166-1 numeric, as world-atlas writes it ("804"). */
  iso_n3: string;
  /** The label, by language tag ("en" always and every edition's): Natural Earth's name unless an editor changed it. */
  names: Record<string, string>;
  /** The label in the edition's language. */
  name: string;
  /**
   * story: a country the story is about (North Korea, Russia, Ukraine), named in every view that
   * shows any of it, at every size, other names giving way; context (the default): named where it
   * has room.
   */
  role: (typeof COUNTRY_ROLES)[number];
  /** Parts of other countries' shapes drawn as this country's. */
  parts: CountryPart[];
}

/** A named camera view: the map fits these bounds, whatever the screen size. */
export interface View {
  id: string;
  label: string;
  /** [[west, south], [east, north]] in degrees. */
  bounds: [[number, number], [number, number]];
}
