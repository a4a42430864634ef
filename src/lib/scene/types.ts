/**
 * What the map draws for a step, a named view or the social card: a scene. Made once, from the
 * validated ledger and story, by resolve.ts; the MapLibre map, the SVG map, the legends and the
 * static pictures only translate it. Every width, dash, radius, heading and colour in it is
 * decided in encoding.ts.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Country, FlowKind, FlowStatus, Place, View } from '../data/types.ts';
import type { LonLat } from '../geo/geometry.ts';
import type { Themed } from '../geo/palette.ts';
import type { FlowBand } from './band.ts';

/** A point on a flow and the flow's heading there, in degrees clockwise from east on the screen (Web Mercator). */
export interface Mark {
  at: LonLat;
  heading: number;
}

/** One bar of an estimate comb, in CSS pixels, drawn across the flow. */
export interface CombBar {
  /** Distance from the comb's centre along the flow. */
  offset: number;
  /** Half the bar's length: the width the estimate's highest figure gives, and an overhang. */
  reach: number;
  /** Half the length of its thick core, the width the lowest figure gives; null for a point estimate. */
  core: number | null;
  /**
   * The bar's dash, or null for a solid bar: an estimate "under" its figure is open (its bar
   * dashed, the figure not reached), and an order of magnitude a range of its own kind (dotted).
   */
  dash: [number, number] | null;
}

/** The bars across a flow to scale, one per distinct estimate, at the flow's middle. */
export interface Comb {
  mark: Mark;
  bars: CombBar[];
  /** Stroke widths of a bar, of its core and of the halo around a bar. */
  strokes: { bar: number; core: number; halo: number };
  colour: Themed<string>;
  halo: Themed<string>;
}

/** Everything a renderer needs to draw one flow, the same in every scene that shows it. */
export interface FlowVisual {
  id: string;
  kind: FlowKind;
  status: FlowStatus;
  label: string;
  from: { id: string; name: string };
  to: { id: string; name: string };
  items: string[];
  /** The schematic route. */
  line: LonLat[];
  /** The estimates sizing the flow, when it is drawn to scale; null otherwise. */
  estimates: FlowBand | null;
  /** Whether the width encodes a count (false: a fixed width, not to scale). */
  scaled: boolean;
  /** The drawn line: its width in CSS pixels, and its dash pattern in CSS pixels (null: solid). */
  stroke: { width: number; dash: [number, number] | null; colour: Themed<string> };
  /** The pale band from the lowest to the highest estimate, in the line's colour; null when not to scale. */
  band: { width: number; opacity: Themed<number> } | null;
  /** Arrowheads along the route (a chevron, geo/chevron.ts), `size` times its drawn size. */
  arrows: { marks: Mark[]; size: number; colour: Themed<string>; halo: Themed<string> };
  comb: Comb | null;
}

/** Everything a renderer needs to draw one place and its label. */
export interface PlaceVisual {
  id: string;
  name: string;
  role: DrawnRole;
  at: LonLat;
  /** The label as drawn (region names in capitals). */
  text: string;
  font: { size: number; bold: boolean; letterSpacing: number };
  /** The label's colour and its halo (width in CSS pixels outside the glyphs). */
  colour: Themed<string>;
  halo: { width: number; colour: Themed<string> };
  /** The dot marking a point place, outlined in the halo's colour; null for a region, labelled without one. */
  dot: { radius: number; stroke: number; colour: Themed<string> } | null;
}

/** The roles of the places a map draws (reference places never are). */
export type DrawnRole = Exclude<Place['role'], 'reference'>;

/** One country of the basemap (public/geo/countries.json), or a part hatched over one (`part` set). */
export type BasemapCountry = Feature<Polygon | MultiPolygon, { name: string; iso_n3: string; part?: string }>;

/** A country's name in a scene: quiet small capitals at the pole of its part of the view (countries.ts). */
export interface CountryLabel {
  id: string;
  name: string;
  /** The label as drawn: the name in capitals. */
  text: string;
  /** story: named in every view that shows it, other names giving way (placement.ts); context: where it fits. */
  role: Country['role'];
  /**
   * Where the name may go, best first (countries.ts `spotsInView`): each a point and its distance
   * to the country's outline (or the view's edge) in Web Mercator degrees. The renderers'
   * placement takes the first where the name has that room at the map's scale and is clear.
   */
  spots: { at: LonLat; room: number }[];
  font: { size: number; bold: boolean; letterSpacing: number };
  colour: Themed<string>;
  halo: { width: number; colour: Themed<string> };
}

/** A part of a country drawn hatched (Crimea), as the key names it. */
export interface PartKey {
  name: string;
  /** "annexed by Russia, 2014". */
  status: string;
}

/**
 * The locator inset of a zoomed scene: a small map of the whole route (`extent`) with a frame
 * around the scene's view (`frame`). Scenes that show the whole route have none (locator.ts).
 */
export interface Locator {
  /** What the inset shows: the whole route and the view, with a margin. */
  extent: View['bounds'];
  /** The view's bounds, framed in the inset. */
  frame: View['bounds'];
  /** The land, an SVG path in the inset's own space (scene/locator.ts LOCATOR_SPACE wide). */
  land: string;
}

/** A flow in a scene: its visual, and whether this scene shows it (hidden flows fade out). */
export interface SceneFlow {
  visual: FlowVisual;
  visible: boolean;
}

export interface Scene {
  /** The camera: a named view, whose bounds the map fits. */
  view: View;
  /** Every flow, each visible or not, so renderers can cross-fade between scenes. */
  flows: SceneFlow[];
  places: PlaceVisual[];
  /** The countries that may be named in this view, largest room first; the placement keeps those that fit. */
  countries: CountryLabel[];
  /** The hatched parts inside this view, for the key. */
  parts: PartKey[];
  /** The inset showing where the view lies on the route; null when the view shows it all. */
  locator: Locator | null;
  /** The map's note on borders: which convention they follow and what is not drawn (the key, the method). */
  bordersNote: string;
  /** The same in a line or two, under the story's map, linking to the full note. */
  bordersShort: string;
  /** A short sentence announcing this scene when the map changes to it. */
  narration: string;
  /** The map in words: the alt text of its picture, and the map's description for screen readers. */
  description: string;
}

/** Every scene the story needs, resolved once from the content (scripts/lib/load.ts). */
export interface Scenes {
  /** Each step's scene, by step id, in story order. */
  steps: Record<string, Scene>;
  /** Each named view with every flow, by view id: the map embeds. */
  views: Record<string, Scene>;
  /** The social card's picture: the first named view. */
  card: Scene;
}

/** A map pinned by the URL (?view=, &flows=): ids already checked against the ledger (params.ts). */
export interface Pin {
  view: string;
  /** The flows to show; all when omitted. */
  flows?: string[];
}
