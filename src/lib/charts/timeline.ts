/**
 * Layout of the timeline rail: a vertical UTC time scale from the month of the earliest event to
 * the month after the latest, a span bar for each event that lasts more than a day (side by side
 * when they overlap, `packLanes`), a dot for each single day, a numbered badge per event (pushed
 * apart so badges never overlap, `placeLabels`, with a leader line back to the event) and month
 * ticks (`monthTicks`, in the edition's months) with room left of the axis for the widest of their
 * labels, estimated as the map's labels are (`labelWidth`), so "2024년 10월" fits as "Oct 2024" does.
 * Pure: events and sizes in, rounded coordinates out.
 */
import { scaleUtc } from 'd3-scale';
import { utcDay, utcHour, utcMonth } from 'd3-time';
import type { TimelineEvent } from '../data/types.ts';
import type { I18n } from '../i18n/translator.ts';
import { parseDay } from '../dates.ts';
import { labelWidth } from '../geo/labels.ts';
import type { LabelFont } from '../geo/shapes.ts';
import { round } from '../round.ts';
import { sortEvents } from './events.ts';
import { placeLabels } from './labels.ts';
import { packLanes } from './lanes.ts';
import { monthTicks, type RailTick } from './months.ts';
import { PX } from './sizes.ts';

export interface TimelineOptions {
  /** Height of the rail in pixels; the layout grows past it only when the badges cannot fit. */
  height: number;
  /** Room above the first month and below the last, so tick labels are not clipped. */
  padding?: number;
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
  /** The connector from the mark to its badge: straight across, bending down when pushed. */
  connector: string;
}

export interface TimelineLayout {
  width: number;
  /** Right edge of the span lanes, where leaders start to slant toward their badges. */
  lanesEnd: number;
  height: number;
  /** x of the axis line: the widest month label's estimated width and its gap. */
  axis: number;
  /** Where the month labels end (they are set flush right there, in `TICK_FONT`). */
  tickLabelEnd: number;
  /** Top and bottom of the axis line. */
  top: number;
  bottom: number;
  events: RailEvent[];
  ticks: RailTick[];
}

/** The month labels' type: the rail draws them in it, and the layout makes room for it. */
export const TICK_FONT: LabelFont = { size: 11, bold: false, letterSpacing: 0 };
/** Gap between a month label's end and the axis. */
const TICK_GAP = 7;

/** Horizontal room between the lanes and the badges for the slanting part of a leader. */
const LEADER = 16;
/** Where a connector starts: clear of a point's dot (radius 4.5), or of a span's bar (4 px wide). */
const CLEAR = { point: 5, span: 2 } as const;

export function timelineLayout(events: TimelineEvent[], options: TimelineOptions, i18n: I18n): TimelineLayout {
  const { height, padding = 10, laneWidth = 7, badge = 9, gap = 2 * badge + 3 } = options;
  const sorted = sortEvents(events);
  const top = padding;
  const bottom = height - padding;
  // No events, no months: no label to make room for, as below with none.
  if (sorted.length === 0) {
    return {
      width: TICK_GAP,
      lanesEnd: TICK_GAP,
      height,
      axis: TICK_GAP,
      tickLabelEnd: 0,
      top,
      bottom,
      events: [],
      ticks: [],
    };
  }
  // Each event's first day and the day after its last (its end, exclusive), midnight UTC.
  const days = sorted.map((event) => {
    const [start, last] = [parseDay(event.start), parseDay(event.end)];
    if (last < start) throw new Error(`event ${event.id} ends (${event.end}) before it starts (${event.start})`);
    return { event, start, end: utcDay.offset(last, 1) };
  });

  // The domain runs from the first month's start to the start of the month after the last day.
  const from = utcMonth.floor(days[0].start);
  const to = utcMonth.ceil(new Date(Math.max(...days.map((d) => d.end.getTime()))));
  const y = scaleUtc().domain([from, to]).range([top, bottom]);
  const ticks = monthTicks(y, i18n);
  const widest = Math.max(...ticks.map((t) => (t.label ? labelWidth({ text: t.label, font: TICK_FONT }) : 0)));
  const axis = Math.ceil(widest) + TICK_GAP;

  // Span bars that overlap in time sit side by side; a single day is a dot on the axis, at its middle.
  const spans = days.filter((d) => d.event.start !== d.event.end);
  const { lanes, count } = packLanes(spans.map((d) => ({ start: d.start.getTime(), end: d.end.getTime() })));
  const placed = days.map((d) => {
    const lane = spans.indexOf(d);
    if (lane === -1) {
      const mid = round(y(utcHour.offset(d.start, 12)), PX);
      return { event: d.event, kind: 'point' as const, x: axis, y0: mid, y1: mid };
    }
    const x = round(axis + laneWidth * (lanes[lane] + 1), PX);
    return { event: d.event, kind: 'span' as const, x, y0: round(y(d.start), PX), y1: round(y(d.end), PX) };
  });

  // Badges stand clear of the last lane, leaving room for the leaders to slant.
  const lanesRight = axis + laneWidth * count + 4;
  const lanesEnd = round(lanesRight, PX);
  const labelX = round(lanesRight + LEADER + badge, PX);
  const labels = placeLabels(
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
    connector: `M${round(p.x + CLEAR[p.kind], PX)},${p.y0}H${lanesEnd}L${round(labelX - badge, PX)},${labels[i]}`,
  }));
  const lowest = Math.max(bottom, ...labels) + padding;
  return {
    width: round(labelX + badge + 2, PX),
    lanesEnd,
    height: round(Math.max(height, lowest), PX),
    axis,
    tickLabelEnd: axis - TICK_GAP,
    top,
    bottom,
    events: railEvents,
    ticks,
  };
}
