import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import type { TimelineEvent } from '../data/types.ts';
import { TICK_FONT, timelineLayout } from './timeline.ts';
import { labelWidth } from '../geo/labels.ts';
import { edition, english } from '../../../tests/helpers/i18n.ts';

const { ledger } = fixture();
const i18n = english();

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
  const layout = timelineLayout(ledger.events, { height: 520 }, i18n);

  it('lists every event once, by start date, numbered from 1', () => {
    expect(layout.events.map((e) => [e.number, e.event.id, e.kind])).toEqual([
      [1, 'pact', 'span'],
      [2, 'parade', 'point'],
      [3, 'photos', 'point'],
    ]);
  });

  it('draws a span from its first day to the end of its last, and a single day at its middle', () => {
    const [pact, parade, photos] = layout.events;
    expect([pact.x, pact.y0, pact.y1]).toEqual([66, 10, 109.3]);
    expect([parade.x, parade.y0, parade.y1]).toEqual([59, 435.5, 435.5]);
    expect([photos.y0, photos.y1]).toEqual([438.8, 438.8]);
  });

  it('pushes a badge that would overlap the one before it down, with a leader line', () => {
    expect(layout.events.map((e) => [e.anchor, e.labelY, e.leader])).toEqual([
      [10, 10, false],
      [435.5, 435.5, false],
      [438.8, 456.5, true],
    ]);
    expect(layout.events.every((e) => e.labelX === 95)).toBe(true);
  });

  it('connects each mark to its badge, from just clear of the bar or dot, bending down when pushed', () => {
    expect(layout.events.map((e) => e.connector)).toEqual([
      'M68,10H70L86,10',
      'M64,435.5H70L86,435.5',
      'M64,438.8H70L86,456.5',
    ]);
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
    expect([layout.top, layout.bottom, layout.axis]).toEqual([10, 510, 59]);
  });

  it('is as wide as its lanes and badges, and keeps the height it was given when the badges fit', () => {
    expect([layout.width, layout.lanesEnd, layout.height]).toEqual([106, 70, 520]);
  });

  it('fits the badges in a short rail by growing it rather than overlapping them', () => {
    // 20 px of rail for 151 days: all three badges want the top; they stack 21 px apart and the
    // rail grows to the last badge plus the padding.
    const short = timelineLayout(ledger.events, { height: 40 }, i18n);
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
      i18n,
    );
    expect(l.events.map((e) => [e.event.id, e.x])).toEqual([
      ['a', 66],
      ['b', 73],
      ['c', 66],
    ]);
    expect(l.lanesEnd).toBe(77);
  });

  it('rounds every coordinate to 0.1 px', () => {
    const odd = timelineLayout(ledger.events, { height: 333.33 }, i18n);
    for (const e of odd.events)
      for (const n of [e.x, e.y0, e.y1, e.anchor, e.labelX, e.labelY])
        expect(tenth(n), `${e.event.id}: ${n}`).toBe(true);
    for (const t of odd.ticks) expect(tenth(t.y)).toBe(true);
    expect(tenth(odd.width) && tenth(odd.height) && tenth(odd.lanesEnd)).toBe(true);
  });

  it('maps a single day to its middle and a month-long span to its month ticks', () => {
    const l = timelineLayout(
      [event('june', '2024-06-01', '2024-06-30'), event('day', '2024-07-15')],
      {
        height: 100,
        padding: 0,
      },
      i18n,
    );
    const [june, day] = l.events;
    expect(june.y0).toBe(l.ticks[0].y);
    expect(june.y1).toBe(l.ticks[1].y);
    const july = l.ticks[1].y;
    const aug = l.ticks[2].y;
    expect(day.y0).toBeCloseTo(july + ((aug - july) * 14.5) / 31, 0);
  });

  it('ends the rail on the first of a month when the last day is a month’s last', () => {
    const l = timelineLayout([event('june', '2024-06-01', '2024-06-30')], { height: 100 }, i18n);
    expect(l.ticks.map((t) => t.label)).toEqual(['Jun 2024', 'Jul 2024']);
  });

  it('leaves room left of the axis for its widest month label, in either edition', () => {
    // "Oct 2024" and "2024년 10월": the Korean label is the wider, and its rail makes room for it.
    const autumn = [event('autumn', '2024-09-01', '2024-12-31')];
    const en = timelineLayout(autumn, { height: 300 }, i18n);
    const ko = timelineLayout(autumn, { height: 300 }, edition('ko'));
    expect(ko.ticks.map((t) => t.label)).toContain('2024년 10월');
    for (const l of [en, ko]) {
      expect(l.tickLabelEnd).toBe(l.axis - 7);
      for (const t of l.ticks)
        expect(labelWidth({ text: t.label, font: TICK_FONT })).toBeLessThanOrEqual(l.tickLabelEnd);
    }
    expect(ko.axis).toBeGreaterThan(en.axis);
  });

  it('thins month labels when months are too close to read', () => {
    const l = timelineLayout([event('a', '2020-01-01', '2024-12-31')], { height: 200 }, i18n);
    expect(l.ticks.some((t) => t.label === '')).toBe(true);
  });

  it('draws an empty rail for no events', () => {
    const l = timelineLayout([], { height: 100 }, i18n);
    expect(l.events).toEqual([]);
    expect(l.ticks).toEqual([]);
    expect(l.height).toBe(100);
  });

  it('rejects an event that ends before it starts, and a date that is not one', () => {
    expect(() => timelineLayout([event('x', '2025-02-01', '2025-01-01')], { height: 100 }, i18n)).toThrow(/x ends/);
    expect(() => timelineLayout([event('y', '1 May 2025')], { height: 100 }, i18n)).toThrow('not an ISO date');
  });
});
