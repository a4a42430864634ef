/**
 * What the framing, the labels and their placement read of a scene, as shapes of their own: geo/
 * imports no scene, so these say only which fields they use. A scene (scene/types.ts) has them
 * all: its places, countries, flows and locator are passed in as they are.
 */
import type { Country, Place, View } from '../data/types.ts';
import type { LonLat } from './geometry.ts';
import type { Extent } from './mercator.ts';

/** A label's font: its size in CSS pixels, its weight, and its letter spacing in ems. */
export interface LabelFont {
  size: number;
  bold: boolean;
  letterSpacing: number;
}

/** A name drawn on the map: its text, its font, its halo and the dot it labels (null: none). */
export interface Labelled {
  text: string;
  font: LabelFont;
  halo: { width: number };
  dot: { radius: number } | null;
}

/** A place whose name the map may draw (reference places never are). */
export interface LabelledPlace extends Labelled {
  id: string;
  role: Exclude<Place['role'], 'reference'>;
  at: LonLat;
}

/** A country whose name the map may draw, at one of its spots (scene/countries.ts). */
export interface LabelledCountry {
  id: string;
  text: string;
  role: Country['role'];
  spots: { at: LonLat; room: number }[];
  font: LabelFont;
  halo: { width: number };
}

/** A flow as the labels keep clear of it: its line, its widths and its arrowheads. */
export interface ClearedFlow {
  visible: boolean;
  visual: {
    line: LonLat[];
    stroke: { width: number };
    band: { width: number } | null;
    arrows: { marks: { at: LonLat }[]; size: number };
  };
}

/** What placing a scene's labels reads of it. */
export interface LabelledScene {
  view: View;
  flows: ClearedFlow[];
  places: LabelledPlace[];
  countries: LabelledCountry[];
  locator: { extent: Extent } | null;
}
