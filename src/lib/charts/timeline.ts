/**
 * Layout of the timeline rail: a vertical UTC time scale from the month of the earliest event to
 * the month after the latest, a span bar for each event that lasts more than a day, a dot for each
 * single day, a numbered badge per event (pushed apart so badges never overlap, with a leader
 * line back to the event) and month ticks. Pure: events and sizes in, rounded coordinates out.
 */
import { scaleUtc } from 'd3-scale';
import type { Ledger, Source, TimelineEvent } from '../data/types.ts';
import { listParts, outletName } from '../data/query.ts';

export interface TimelineOptions {
  /** Height of the rail in pixels; the layout grows past it only when the badges cannot fit. */
  height: number;
  /** Room above the first month and below the last, so tick labels are not clipped. */
  padding?: number;
  /** Width reserved left of the axis for month labels. */
  tickLabelWidth?: number;
  /** Horizontal distance between side-by-side span bars. */
  laneWidth?: number;
  /** Badge radius. */
  badge?: number;
  /** Least distance between two badges' centres. */
  gap?: number;
}

/** One event on the rail. Positions are pixels, rounded to 0.1. */
export interface RailEvent {
  event: TimelineEvent;
  /** 1-based position in date order: the badge's number and the list item's. */
  number: number;
  kind: 'span' | 'point';
  /** x of the bar (span) or dot (point). */
  x: number;
  /** Top and bottom of the bar; equal for a point (the middle of its day). */
  y0: number;
  y1: number;
  /** Where the badge points: the top of a bar, the dot of a point. */
  anchor: number;
  /** The badge's centre, at or below the anchor when neighbours push it. */
  labelX: number;
  labelY: number;
  /** Whether the badge was moved off its anchor, so a leader line is drawn. */
  leader: boolean;
}

export interface RailTick {
  date: Date;
  y: number;
  /** "Jun 2024"; empty for ticks left unlabelled because they are too close together. */
  label: string;
}

export interface TimelineLayout {
  width: number;
  /** Right edge of the span lanes, where leaders start to slant toward their badges. */
  lanesEnd: number;
  height: number;
  /** x of the axis line. */
  axis: number;
  /** Top and bottom of the axis line. */
  top: number;
  bottom: number;
  events: RailEvent[];
  ticks: RailTick[];
}

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Least distance between two labelled month ticks. */
const TICK_LABEL_GAP = 14;
/** Horizontal room between the lanes and the badges for the slanting part of a leader. */
const LEADER = 16;

const round = (n: number) => Math.round(n * 10) / 10;

/** Midnight UTC at the start of an ISO date. */
function utc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** Events by start date, then end date, ledger order breaking ties. */
export function sortEvents(events: TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event, i) => ({ event, i }))
    .sort((a, b) => a.event.start.localeCompare(b.event.start) || a.event.end.localeCompare(b.event.end) || a.i - b.i)
    .map(({ event }) => event);
}

/** "Jun 2024". */
export function monthLabel(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function timelineLayout(events: TimelineEvent[], options: TimelineOptions): TimelineLayout {
  const { height, padding = 10, tickLabelWidth = 54, laneWidth = 7, badge = 9, gap = 2 * badge + 3 } = options;
  const sorted = sortEvents(events);
  if (sorted.length === 0) {
    return {
      width: tickLabelWidth,
      lanesEnd: tickLabelWidth,
      height,
      axis: tickLabelWidth,
      top: padding,
      bottom: height - padding,
      events: [],
      ticks: [],
    };
  }
  for (const e of sorted) {
    if (utc(e.end) < utc(e.start)) throw new Error(`event ${e.id} ends (${e.end}) before it starts (${e.start})`);
  }

  // The domain runs from the first month's start to the start of the month after the last day.
  const first = utc(sorted[0].start);
  const lastDay = new Date(Math.max(...sorted.map((e) => utc(e.end).getTime())) + DAY);
  const from = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1));
  const to = new Date(
    Date.UTC(lastDay.getUTCFullYear(), lastDay.getUTCMonth() + (lastDay.getUTCDate() > 1 ? 1 : 0), 1),
  );
  const top = padding;
  const bottom = height - padding;
  const y = scaleUtc().domain([from, to]).range([top, bottom]);

  const months: Date[] = [];
  for (let d = from; d <= to; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) months.push(d);
  const monthStep = months.length > 1 ? y(months[1]) - y(months[0]) : Infinity;
  const every = Math.max(1, Math.ceil(TICK_LABEL_GAP / monthStep));
  const ticks = months.map((date, i) => ({ date, y: round(y(date)), label: i % every === 0 ? monthLabel(date) : '' }));

  // Span bars that overlap in time sit side by side: each takes the first lane free at its start.
  const axis = tickLabelWidth;
  const laneEnds: number[] = [];
  const placed = sorted.map((event) => {
    const start = utc(event.start);
    const endExclusive = new Date(utc(event.end).getTime() + DAY);
    if (event.start === event.end) {
      const mid = round(y(new Date(start.getTime() + DAY / 2)));
      return { event, kind: 'point' as const, x: axis, y0: mid, y1: mid };
    }
    let lane = laneEnds.findIndex((end) => end <= start.getTime());
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = endExclusive.getTime();
    return {
      event,
      kind: 'span' as const,
      x: round(axis + laneWidth * (lane + 1)),
      y0: round(y(start)),
      y1: round(y(endExclusive)),
    };
  });

  // Badges stand clear of the last lane, leaving room for the leaders to slant.
  const lanesEnd = axis + laneWidth * laneEnds.length + 4;
  const labelX = round(lanesEnd + LEADER + badge);
  const labels = spread(
    placed.map((p) => p.y0),
    gap,
    top,
    bottom,
  );
  const railEvents = placed.map((p, i) => ({
    ...p,
    number: i + 1,
    anchor: p.y0,
    labelX,
    labelY: labels[i],
    leader: labels[i] !== p.y0,
  }));
  const lowest = Math.max(bottom, ...labels) + padding;
  return {
    width: round(labelX + badge + 2),
    lanesEnd: round(lanesEnd),
    height: round(Math.max(height, lowest)),
    axis,
    top,
    bottom,
    events: railEvents,
    ticks,
  };
}

/**
 * Positions for labels wanted at `wanted` (in order, ascending), at least `gap` apart: each is
 * pushed down below the one before; when that runs past `max` they are pushed back up, but never
 * above `min`. If they cannot fit between `min` and `max` they run past `max` rather than overlap.
 */
export function spread(wanted: number[], gap: number, min: number, max: number): number[] {
  const out = wanted.map((w) => Math.max(w, min));
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i], out[i - 1] + gap);
  for (let i = out.length - 1; i >= 0; i--) {
    const limit = i === out.length - 1 ? max : out[i + 1] - gap;
    out[i] = Math.max(Math.min(out[i], limit), min);
  }
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i], out[i - 1] + gap);
  return out.map(round);
}

/** The sources that mention an event, each once, in ledger order, with their quotes. */
export interface EventMention {
  source: Source;
  /** "CNN"; for an unnamed outlet, with its byline or headline so several unnamed ones differ. */
  name: string;
  quotes: string[];
}

export function eventMentions(ledger: Ledger, event: TimelineEvent): EventMention[] {
  return ledger.sources.flatMap((source) => {
    const quotes = event.mentions.filter((m) => m.source === source.id).map((m) => m.quote);
    return quotes.length ? [{ source, name: sourceName(source), quotes }] : [];
  });
}

/**
 * "CNN, The Times and Unnamed outlet (Mohammad Saquib)" in parts (`listParts`), each name with the
 * mention it names, so that the list can link each source.
 */
export function mentionList(mentions: EventMention[]): { value: string; mention: EventMention | null }[] {
  let next = 0;
  return listParts(mentions.map((m) => m.name)).map(({ type, value }) => ({
    value,
    mention: type === 'element' ? mentions[next++] : null,
  }));
}

/**
 * "CNN"; an unnamed outlet with what tells it apart: "Unnamed outlet (Mohammad Saquib)",
 * "Unnamed outlet (a translation)", "Unnamed outlet (undated)".
 */
export function sourceName(source: Source): string {
  const name = outletName(source);
  if (source.outlet !== 'unnamed') return name;
  if (source.byline) return `${name} (${source.byline})`;
  if (source.translation) return `${name} (a translation)`;
  if (!source.date) return `${name} (undated)`;
  if (source.headline) {
    const words = source.headline.split(/\s+/);
    return `${name} (“${words.slice(0, 5).join(' ')}${words.length > 5 ? ' …' : ''}”)`;
  }
  return `${name} (no byline or headline)`;
}
