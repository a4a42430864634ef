import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import type { TimelineEvent } from '../data/types.ts';
import { eventMentions, monthLabel, sortEvents, sourceName, spread, timelineLayout } from './timeline.ts';

const { ledger } = fixture();

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
  // The fixture's events: a November 2030 pact (a span), the parade on 9 March 2031 and its
  // photographs the next day. The rail runs from 1 November 2030 to 1 April 2031 (151 days):
  // y(date) = 10 + days × 500 / 151 on a 520 px rail with 10 px padding.
  const layout = timelineLayout(ledger.events, { height: 520 });

  it('lists every event once, by start date, numbered from 1', () => {
    expect(layout.events.map((e) => [e.number, e.event.id, e.kind])).toEqual([
      [1, 'pact', 'span'],
      [2, 'parade', 'point'],
      [3, 'photos', 'point'],
    ]);
  });

  it('draws a span from its first day to the end of its last, and a single day at its middle', () => {
    const [pact, parade, photos] = layout.events;
    expect([pact.x, pact.y0, pact.y1]).toEqual([61, 10, 109.3]);
    expect([parade.x, parade.y0, parade.y1]).toEqual([54, 435.5, 435.5]);
    expect([photos.y0, photos.y1]).toEqual([438.8, 438.8]);
  });

  it('pushes a badge that would overlap the one before it down, with a leader line', () => {
    expect(layout.events.map((e) => [e.anchor, e.labelY, e.leader])).toEqual([
      [10, 10, false],
      [435.5, 435.5, false],
      [438.8, 456.5, true],
    ]);
    expect(layout.events.every((e) => e.labelX === 90)).toBe(true);
  });

  it('has a tick for every month from the first event to the month after the last', () => {
    expect(layout.ticks.map((t) => [t.label, t.y])).toEqual([
      ['Nov 2030', 10],
      ['Dec 2030', 109.3],
      ['Jan 2031', 212],
      ['Feb 2031', 314.6],
      ['Mar 2031', 407.4],
      ['Apr 2031', 510],
    ]);
    expect([layout.top, layout.bottom, layout.axis]).toEqual([10, 510, 54]);
  });

  it('is as wide as its lanes and badges, and keeps the height it was given when the badges fit', () => {
    expect([layout.width, layout.lanesEnd, layout.height]).toEqual([101, 65, 520]);
  });

  it('fits the badges in a short rail by growing it rather than overlapping them', () => {
    // 20 px of rail for 151 days: all three badges want the top; they stack 21 px apart and the
    // rail grows to the last badge plus the padding.
    const short = timelineLayout(ledger.events, { height: 40 });
    expect(short.events.map((e) => e.labelY)).toEqual([10, 31, 52]);
    expect(short.height).toBe(62);
  });

  it('keeps overlapping spans in separate lanes', () => {
    const l = timelineLayout(
      [
        event('a', '2024-01-01', '2024-03-31'),
        event('b', '2024-02-01', '2024-02-29'),
        event('c', '2024-04-01', '2024-04-30'),
      ],
      { height: 200 },
    );
    expect(l.events.map((e) => [e.event.id, e.x])).toEqual([
      ['a', 61],
      ['b', 68],
      ['c', 61],
    ]);
  });

  it('rounds every coordinate to 0.1 px', () => {
    const odd = timelineLayout(ledger.events, { height: 333.33 });
    for (const e of odd.events)
      for (const n of [e.x, e.y0, e.y1, e.anchor, e.labelX, e.labelY])
        expect(tenth(n), `${e.event.id}: ${n}`).toBe(true);
    for (const t of odd.ticks) expect(tenth(t.y)).toBe(true);
    expect(tenth(odd.width) && tenth(odd.height) && tenth(odd.lanesEnd)).toBe(true);
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
  it('groups an event’s mentions by source, in ledger order, each source once', () => {
    const pact = ledger.events.find((e) => e.id === 'pact')!;
    expect(eventMentions(ledger, pact).map((m) => [m.source.id, m.name, m.quotes])).toEqual([
      ['gazette', 'The Harbour Gazette', ['signed a supply pact in November 2030']],
      ['courier', 'Valley Courier (Weekend edition)', ['since the supply pact of November 2030']],
      ['unnamed', 'Unnamed outlet (a translation)', ['Under the supply pact of November 2030']],
    ]);
  });
});

describe('sourceName', () => {
  const unnamed = fixture().ledger.sources.find((s) => s.id === 'unnamed')!;

  it('is the outlet when the text names one', () => {
    expect(ledger.sources.map(sourceName)).toEqual([
      'The Harbour Gazette',
      'Valley Courier (Weekend edition)',
      'Unnamed outlet (a translation)',
    ]);
  });

  it('tells unnamed outlets apart by byline, translation, date or headline', () => {
    expect(sourceName({ ...unnamed, byline: 'A. Writer' })).toBe('Unnamed outlet (A. Writer)');
    expect(sourceName({ ...unnamed, translation: false })).toBe('Unnamed outlet (undated)');
    expect(
      sourceName({ ...unnamed, translation: false, date: '2031-03-12', headline: 'One two three four five six' }),
    ).toBe('Unnamed outlet (“One two three four five …”)');
    expect(sourceName({ ...unnamed, translation: false, date: '2031-03-12' })).toBe(
      'Unnamed outlet (no byline or headline)',
    );
  });
});
