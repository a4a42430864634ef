import { describe, expect, it } from 'vitest';
import { buildLedger } from '../data/validate.ts';
import { readLedgerInput } from '../../../scripts/lib/load.ts';
import type { TimelineEvent } from '../data/types.ts';
import { eventMentions, monthLabel, sortEvents, sourceName, spread, timelineLayout } from './timeline.ts';

const ledger = buildLedger(readLedgerInput()).ledger!;

const event = (id: string, start: string, end = start): TimelineEvent => ({
  id,
  start,
  end,
  label: id,
  title: id,
  mentions: [],
});

const tenth = (n: number) => Math.round(n * 10) === n * 10;

describe('timelineLayout', () => {
  const layout = timelineLayout(ledger.events, { height: 520 });
  const byStart = [...ledger.events].sort((a, b) => a.start.localeCompare(b.start));

  it('lists every event once, by start date, numbered from 1', () => {
    expect(layout.events.map((e) => e.event.id).sort()).toEqual(ledger.events.map((e) => e.id).sort());
    const starts = layout.events.map((e) => e.event.start);
    expect(starts).toEqual([...starts].sort());
    expect(layout.events.map((e) => e.number)).toEqual(layout.events.map((_, i) => i + 1));
  });

  it('starts with the earliest event (the June 2024 treaty) and ends with the latest', () => {
    const first = layout.events[0].event;
    const last = layout.events.at(-1)!.event;
    expect(first).toBe(byStart[0]);
    expect(first.title).toMatch(/treaty/i);
    expect(first.start.startsWith('2024-06')).toBe(true);
    expect(last.start).toBe(byStart.at(-1)!.start);
    // The ceremony is the last event but at most the day after it (its photographs, released then).
    const ceremony = ledger.events.find((e) => /ceremony/i.test(e.title))!;
    const days = (Date.parse(last.start) - Date.parse(ceremony.start)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(0);
    expect(days).toBeLessThanOrEqual(1);
  });

  it('draws events lasting more than a day as spans and single days as points', () => {
    for (const e of layout.events) {
      if (e.event.start < e.event.end) {
        expect(e.kind, e.event.id).toBe('span');
        expect(e.y1, e.event.id).toBeGreaterThan(e.y0);
      } else {
        expect(e.kind, e.event.id).toBe('point');
        expect(e.y1, e.event.id).toBe(e.y0);
      }
    }
    expect(layout.events.some((e) => e.kind === 'span')).toBe(true);
    expect(layout.events.some((e) => e.kind === 'point')).toBe(true);
  });

  it('places events in time order along the rail, inside the axis', () => {
    const anchors = layout.events.map((e) => e.anchor);
    expect(anchors).toEqual([...anchors].sort((a, b) => a - b));
    for (const e of layout.events) {
      expect(e.y0).toBeGreaterThanOrEqual(layout.top);
      expect(e.y1).toBeLessThanOrEqual(layout.bottom);
    }
  });

  it('keeps overlapping spans in separate lanes', () => {
    const spans = layout.events.filter((e) => e.kind === 'span');
    for (const a of spans)
      for (const b of spans) {
        if (a === b || a.x !== b.x) continue;
        expect(a.y1 <= b.y0 || b.y1 <= a.y0, `${a.event.id} / ${b.event.id}`).toBe(true);
      }
  });

  it('never lets two badges overlap, and keeps them in list order', () => {
    const ys = layout.events.map((e) => e.labelY);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(2 * 9 - 0.05);
    for (const e of layout.events) expect(e.leader).toBe(e.labelY !== e.anchor);
    expect(layout.events.some((e) => e.leader)).toBe(true);
  });

  it('fits the badges in a short rail by growing it rather than overlapping them', () => {
    const short = timelineLayout(ledger.events, { height: 120 });
    const ys = short.events.map((e) => e.labelY);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(18);
    expect(short.height).toBeGreaterThanOrEqual(Math.max(...ys) + 9);
  });

  it('has a tick for every month from the first event to the month after the last, labelled "Jun 2024"', () => {
    const first = layout.ticks[0];
    expect(first.label).toBe('Jun 2024');
    expect(first.y).toBe(layout.top);
    expect(layout.ticks.at(-1)!.y).toBe(layout.bottom);
    const months = layout.ticks.map((t) => t.date.getUTCFullYear() * 12 + t.date.getUTCMonth());
    months.forEach((m, i) => expect(m).toBe(months[0] + i));
    expect(layout.ticks.every((t) => t.label !== '')).toBe(true);
  });

  it('rounds every coordinate to 0.1 px', () => {
    for (const e of layout.events)
      for (const n of [e.x, e.y0, e.y1, e.anchor, e.labelX, e.labelY])
        expect(tenth(n), `${e.event.id}: ${n}`).toBe(true);
    for (const t of layout.ticks) expect(tenth(t.y)).toBe(true);
    expect(tenth(layout.width) && tenth(layout.height) && tenth(layout.lanesEnd)).toBe(true);
  });

  it('maps a single day to its middle and a month-long span to its month ticks', () => {
    const l = timelineLayout([event('june', '2024-06-01', '2024-06-30'), event('day', '2024-07-15')], {
      height: 100,
      padding: 0,
    });
    const [june, day] = l.events;
    expect(june.y0).toBe(l.ticks[0].y);
    expect(june.y1).toBe(l.ticks[1].y);
    const july = l.ticks[1].y;
    const aug = l.ticks[2].y;
    expect(day.y0).toBeCloseTo(july + ((aug - july) * 14.5) / 31, 0);
  });

  it('thins month labels when months are too close to read', () => {
    const l = timelineLayout([event('a', '2020-01-01', '2024-12-31')], { height: 200 });
    expect(l.ticks.some((t) => t.label === '')).toBe(true);
    const labelled = l.ticks.filter((t) => t.label);
    for (let i = 1; i < labelled.length; i++) expect(labelled[i].y - labelled[i - 1].y).toBeGreaterThanOrEqual(14);
  });

  it('draws an empty rail for no events', () => {
    const l = timelineLayout([], { height: 100 });
    expect(l.events).toEqual([]);
    expect(l.ticks).toEqual([]);
    expect(l.height).toBe(100);
  });

  it('rejects an event that ends before it starts', () => {
    expect(() => timelineLayout([event('x', '2025-02-01', '2025-01-01')], { height: 100 })).toThrow(/x ends/);
  });
});

describe('spread', () => {
  it('leaves labels that are far enough apart where they are', () => {
    expect(spread([0, 30, 60], 20, 0, 100)).toEqual([0, 30, 60]);
  });
  it('pushes crowded labels down', () => {
    expect(spread([10, 12, 14], 20, 0, 100)).toEqual([10, 30, 50]);
  });
  it('pushes them back up from the bottom, never above the top', () => {
    expect(spread([90, 95, 98], 20, 0, 100)).toEqual([60, 80, 100]);
    expect(spread([0, 1, 2, 3, 4, 5], 20, 0, 50)).toEqual([0, 20, 40, 60, 80, 100]);
  });
});

describe('sortEvents', () => {
  it('orders by start, then end, keeping ledger order for ties', () => {
    const a = event('a', '2025-04-01', '2025-04-30');
    const b = event('b', '2025-04-01', '2025-04-30');
    const c = event('c', '2025-04-01', '2025-04-02');
    const d = event('d', '2024-01-01');
    expect(sortEvents([a, b, c, d]).map((e) => e.id)).toEqual(['d', 'c', 'a', 'b']);
  });
});

describe('monthLabel', () => {
  it('is the short English month and the year, in UTC', () => {
    expect(monthLabel(new Date(Date.UTC(2024, 5, 1)))).toBe('Jun 2024');
    expect(monthLabel(new Date(Date.UTC(2025, 8, 1)))).toBe('Sep 2025');
  });
});

describe('eventMentions', () => {
  it('groups every mention by source, each source once', () => {
    for (const ev of ledger.events) {
      const mentions = eventMentions(ledger, ev);
      expect(mentions.flatMap((m) => m.quotes).sort()).toEqual(ev.mentions.map((m) => m.quote).sort());
      expect(new Set(mentions.map((m) => m.source.id)).size).toBe(mentions.length);
    }
  });

  it('names unnamed outlets so that no two sources read the same', () => {
    const names = ledger.sources.map(sourceName);
    expect(new Set(names).size).toBe(names.length);
  });
});
