/**
 * The map's one visual encoding: how a flow and a place look, decided once, as data. A flow to
 * scale has a solid core as wide as its lowest estimate, a pale band to its highest and a comb of
 * bars, one per distinct estimate; a planned or believed flow is dashed, and a dashed flow to
 * scale is thin so that its band shows the count. Colours come from the palettes, per theme.
 */
import type { Flow, Ledger, Qualifier, View } from '../data/types.ts';
import { along, arc, assignBends } from '../geo/geometry.ts';
import { themed } from '../geo/palette.ts';
import { round } from '../round.ts';
import { flowBand, isScaled, widthScale, type FlowBand } from './band.ts';
import { poleInView, spotsInView } from './countries.ts';
import type { BasemapCountry, Comb, CountryLabel, DrawnRole, FlowVisual, PartKey, PlaceVisual } from './types.ts';

/** Widest flow, in CSS pixels. */
export const MAX_FLOW_WIDTH = 26;
/** Width of flows not drawn to scale. */
export const FIXED_FLOW_WIDTH = 3;
/** Dash and gap of a planned or believed flow, in CSS pixels. */
export const DASH: [number, number] = [8, 6];
/** A dashed flow to scale is a quarter of its core's width, and at least this wide. */
export const MIN_DASHED_WIDTH = 2;
/** Where arrowheads sit along a route (fractions of its length), and their size. */
export const ARROWS = { at: [0.3, 0.6, 0.9], size: { scaled: 1.25, fixed: 1 } };
/**
 * The comb: bars this far apart, reaching this far beyond the width they mark, with these strokes;
 * the dash of an estimate "under" its figure (open: the figure not reached) and of an order of
 * magnitude (a range of its own kind).
 */
export const COMB = {
  spacing: 5,
  overhang: 3,
  strokes: { bar: 1.5, core: 3, halo: 3.5 },
  dash: { under: [2, 2] as [number, number], magnitude: [1, 1.5] as [number, number] },
};
/** How each role of place is labelled. */
export const PLACE_STYLE: Record<
  DrawnRole,
  { size: number; bold: boolean; letterSpacing: number; halo: number; dot: number | null }
> = {
  story: { size: 15, bold: true, letterSpacing: 0, halo: 2, dot: 5 },
  context: { size: 13, bold: false, letterSpacing: 0, halo: 2, dot: 3.5 },
  area: { size: 12, bold: false, letterSpacing: 0.12, halo: 1.5, dot: null },
};
/** Country names: quiet small capitals, below every place in size, weight and colour. */
export const COUNTRY_STYLE = { size: 10.5, bold: false, letterSpacing: 0.16, halo: 1.5 };
/**
 * The hatch over a part drawn as another country's (Crimea): lines `width` px wide, one every
 * `spacing` px, rising left to right at 45°, in the palette's hatch colour; the same tile in both
 * renderers (an SVG <pattern>, MapLibre's fill-pattern image).
 */
export const HATCH = { spacing: 6, width: 1.2 };
/** Country borders, in CSS pixels. */
export const BORDER_WIDTH = 0.6;
/** Stroke around a place's dot, in its halo colour. */
export const DOT_STROKE = 1.5;

/** A mark at fraction `t` of a route, its heading rounded for stable output. */
function markAt(line: FlowVisual['line'], t: number) {
  const { point, angle } = along(line, t);
  return { at: point, heading: round(angle, 1) };
}

function comb(line: FlowVisual['line'], ticks: { low: number; high: number; qualifier: Qualifier }[]): Comb {
  const { spacing, overhang, strokes, dash } = COMB;
  return {
    mark: markAt(line, 0.5),
    bars: ticks.map((t, i) => ({
      offset: round((i - (ticks.length - 1) / 2) * spacing),
      reach: round(t.high / 2 + overhang),
      core: t.high === t.low ? null : round(t.low / 2 + overhang),
      dash: t.qualifier === 'under' ? dash.under : t.qualifier === 'order of magnitude' ? dash.magnitude : null,
    })),
    strokes,
    colour: themed((p) => p.label),
    halo: themed((p) => p.halo),
  };
}

/**
 * The visual of every flow of the ledger, in ledger order. Bends and widths are worked out over
 * all flows, so that a flow keeps its shape and its width from scene to scene.
 */
export function flowVisuals(ledger: Ledger): FlowVisual[] {
  const bends = assignBends(ledger.flows);
  const bands = ledger.flows.map((f) => flowBand(ledger, f));
  const place = new Map(ledger.places.map((p) => [p.id, p]));
  return ledger.flows.map((f, i) => {
    const [from, to] = [place.get(f.from)!, place.get(f.to)!];
    const line = arc([from.lon, from.lat], [to.lon, to.lat], bends.get(f.id)!);
    return flowVisual(f, line, bands[i], bands, { id: from.id, name: from.name }, { id: to.id, name: to.name });
  });
}

function flowVisual(
  f: Flow,
  line: FlowVisual['line'],
  band: FlowBand | null,
  bands: (FlowBand | null)[],
  from: FlowVisual['from'],
  to: FlowVisual['to'],
): FlowVisual {
  const scaled = isScaled(band);
  const dashed = f.status !== 'reported';
  const scale = scaled ? widthScale(bands, band, MAX_FLOW_WIDTH) : null;
  const px = (n: number) => round(scale ? scale(n) : FIXED_FLOW_WIDTH);
  const core = scaled ? px(band.low) : FIXED_FLOW_WIDTH;
  const colour = themed((p) => p.flow[f.kind]);
  return {
    id: f.id,
    kind: f.kind,
    status: f.status,
    label: f.label,
    from,
    to,
    items: f.items,
    line,
    estimates: scaled ? band : null,
    scaled,
    stroke: {
      width: dashed && scaled ? round(Math.max(MIN_DASHED_WIDTH, core / 4)) : core,
      dash: dashed ? DASH : null,
      colour,
    },
    band: scaled ? { width: px(band.high), opacity: themed((p) => p.bandOpacity) } : null,
    arrows: {
      marks: ARROWS.at.map((t) => markAt(line, t)),
      size: scaled ? ARROWS.size.scaled : ARROWS.size.fixed,
      colour,
      halo: themed((p) => p.halo),
    },
    comb: scaled
      ? comb(
          line,
          band.ticks.map((t) => ({ low: px(t.low), high: px(t.high), qualifier: t.qualifier })),
        )
      : null,
  };
}

/** The visual of every place of the ledger the map draws (not reference places), in ledger order. */
export function placeVisuals(ledger: Ledger): PlaceVisual[] {
  return ledger.places.flatMap((place) => {
    if (place.role === 'reference') return [];
    const p = { ...place, role: place.role };
    const style = PLACE_STYLE[p.role];
    return {
      id: p.id,
      name: p.name,
      role: p.role,
      at: [p.lon, p.lat],
      text: p.role === 'area' ? p.name.toUpperCase() : p.name,
      font: { size: style.size, bold: style.bold, letterSpacing: style.letterSpacing },
      colour: themed((c) => (p.role === 'story' ? c.label : c.contextLabel)),
      halo: { width: style.halo, colour: themed((c) => c.halo) },
      dot: style.dot === null ? null : { radius: style.dot, stroke: DOT_STROKE, colour: themed((c) => c.label) },
    };
  });
}

/**
 * The name of every country of data/countries.json with a part in the view, at its pole there
 * (countries.ts), largest room first. A country that is not in the basemap is an error naming its
 * entry.
 */
export function countryLabels(ledger: Ledger, basemap: BasemapCountry[], view: View): CountryLabel[] {
  const labels = ledger.countries.flatMap((c): CountryLabel[] => {
    const shape = basemap.find((f) => f.properties.iso_n3 === c.iso_n3 && !f.properties.part);
    if (!shape) throw new Error(`data/countries.json [${c.id}]: iso_n3 "${c.iso_n3}" is not a country of the basemap`);
    const spots = spotsInView(shape.geometry, view.bounds);
    if (spots.length === 0) return [];
    return [
      {
        id: c.id,
        name: c.name,
        text: c.name.toLocaleUpperCase(c.names.en === c.name ? 'en' : undefined),
        spots,
        font: { size: COUNTRY_STYLE.size, bold: false, letterSpacing: COUNTRY_STYLE.letterSpacing },
        colour: themed((p) => p.countryLabel),
        halo: { width: COUNTRY_STYLE.halo, colour: themed((p) => p.halo) },
      },
    ];
  });
  return labels.sort((a, b) => b.spots[0].room - a.spots[0].room || a.id.localeCompare(b.id));
}

/**
 * The hatched parts of the basemap with some of their shape inside the view, in the edition's
 * words: the basemap, one for every edition, names each part in English (data/countries.json).
 */
export function partKeys(ledger: Ledger, basemap: BasemapCountry[], view: View): PartKey[] {
  const parts = new Map(ledger.countries.flatMap((c) => c.parts.map((p) => [p.names.en, p])));
  return basemap.flatMap((f) => {
    const part = f.properties.part ? parts.get(f.properties.name) : undefined;
    if (f.properties.part && !part)
      throw new Error(`basemap part "${f.properties.name}" is not in data/countries.json`);
    return part && poleInView(f.geometry, view.bounds) ? [{ name: part.name, status: part.status }] : [];
  });
}
