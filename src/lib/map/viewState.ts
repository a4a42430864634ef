/**
 * A map declaration (a named view, the flows to show) turned into everything a renderer needs:
 * camera bounds, flow lines with their estimate bands and widths, places, and a sentence that
 * says in words what the map shows. Pure: both the MapLibre map and the SVG fallback render it.
 */
import type { Flow, Ledger, Place, View } from '../data/types.ts';
import { formatEstimate } from '../data/query.ts';
import { arc, assignBends, type LonLat } from './geometry.ts';
import { flowBand, isScaled, widthScale, type FlowBand } from './band.ts';

/** What a step (or an embed) asks of the map. */
export interface MapDeclaration {
  /** A data/views.json id. */
  view: string;
  /** data/flows.json ids to show; all flows when omitted. */
  flows?: string[];
}

export interface FlowVisual {
  id: string;
  kind: Flow['kind'];
  status: Flow['status'];
  label: string;
  from: Place;
  to: Place;
  items: string[];
  line: LonLat[];
  band: FlowBand | null;
  /** Stroke widths in CSS pixels: the core is the lowest estimate, the outer edge the highest. */
  width: { core: number; outer: number; ticks: { low: number; high: number }[] };
  /** Whether the width encodes a count (false: a fixed width, not to scale). */
  scaled: boolean;
  /** Whether the declaration shows this flow (hidden flows stay in the map, faded out). */
  visible: boolean;
}

export interface MapViewState {
  view: View;
  /** Every flow, each marked visible or not, so renderers can cross-fade between steps. */
  flows: FlowVisual[];
  places: Place[];
  /** The map in words: places, visible flows and their figures. */
  description: string;
  /** A short sentence announcing this view when it changes. */
  narration: string;
}

/** Widest flow in CSS pixels. */
export const MAX_FLOW_WIDTH = 26;
/** Region labels show in views at most this many degrees of longitude wide. */
export const AREA_LABEL_SPAN = 25;
/** Width of flows that carry no comparable count. */
export const FIXED_FLOW_WIDTH = 3;

export class UnknownMapKey extends Error {}

export function mapViewState(decl: MapDeclaration, ledger: Ledger): MapViewState {
  const view = ledger.views.find((v) => v.id === decl.view);
  if (!view) throw new UnknownMapKey(`unknown map view "${decl.view}" (not in data/views.json)`);
  const wanted = decl.flows ?? ledger.flows.map((f) => f.id);
  for (const id of wanted) {
    if (!ledger.flows.some((f) => f.id === id))
      throw new UnknownMapKey(`unknown flow "${id}" (not in data/flows.json)`);
  }
  const place = (id: string) => {
    const p = ledger.places.find((x) => x.id === id);
    if (!p) throw new UnknownMapKey(`unknown place "${id}" (not in data/places.json)`);
    return p;
  };

  // Bends and widths are computed over all flows, so a flow keeps its shape and width from view to view.
  const bends = assignBends(ledger.flows);
  const bands = new Map(ledger.flows.map((f) => [f.id, flowBand(ledger, f)]));
  const scale = widthScale([...bands.values()], MAX_FLOW_WIDTH);

  const flows = ledger.flows.map((f): FlowVisual => {
    const from = place(f.from);
    const to = place(f.to);
    const band = bands.get(f.id) ?? null;
    const scaled = isScaled(band);
    return {
      id: f.id,
      kind: f.kind,
      status: f.status,
      label: f.label,
      from,
      to,
      items: f.items,
      line: arc([from.lon, from.lat], [to.lon, to.lat], bends.get(f.id) ?? 0.12),
      band,
      scaled,
      visible: wanted.includes(f.id),
      width: scaled
        ? {
            core: round(scale(band.low)),
            outer: round(scale(band.high)),
            ticks: band.ticks.map((t) => ({ low: round(scale(t.low)), high: round(scale(t.high)) })),
          }
        : { core: FIXED_FLOW_WIDTH, outer: FIXED_FLOW_WIDTH, ticks: [] },
    };
  });

  // Region names only in close views, where they can sit near the places they name.
  const span = view.bounds[1][0] - view.bounds[0][0];
  const places = ledger.places.filter((p) => p.role !== 'area' || span <= AREA_LABEL_SPAN);
  const shown = flows.filter((f) => f.visible);
  return { view, flows, places, description: describe(view, shown, places), narration: narrate(view, shown) };
}

/** One short sentence for the live region when the map changes. */
export function narrate(view: View, shown: FlowVisual[]): string {
  const what = shown.length
    ? `showing ${list(shown.map((f) => f.label[0].toLowerCase() + f.label.slice(1)))}`
    : 'with no flows';
  return `The map moves to ${view.label}, ${what}.`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The map in words, for screen readers and for anyone without the picture. */
export function describe(view: View, flows: FlowVisual[], places: Place[]): string {
  const marked = places.filter((p) => p.role !== 'area').map((p) => p.name);
  const areas = places.filter((p) => p.role === 'area').map((p) => p.name);
  const parts = [`Map: ${view.label}. Marked places: ${list(marked)}.`];
  if (areas.length) parts.push(`Named area: ${list(areas)}.`);
  if (flows.length === 0) parts.push('No flows are shown.');
  for (const f of flows) {
    let s = `${f.label}: an arrow from ${f.from.name} to ${f.to.name}`;
    if (f.status === 'planned') s += ', dashed because it is planned';
    if (f.status === 'believed') s += ', dashed because it is reported as believed, not confirmed';
    if (isScaled(f.band)) {
      const lo = f.band.ticks[0];
      const hi = f.band.ticks.at(-1)!;
      s +=
        lo === hi
          ? `; its width shows the estimate of ${formatEstimate(lo)} ${f.band.unit}`
          : `; its width spans the estimates, from ${formatEstimate(lo)} to ${formatEstimate(hi)} ${f.band.unit}, with ${f.band.ticks.length} distinct estimates`;
    } else {
      s += `; it carries ${list(f.items)}, drawn at a fixed width, not to scale`;
    }
    parts.push(`${s}.`);
  }
  parts.push('Routes are schematic: the reports name no routes.');
  return parts.join(' ');
}
