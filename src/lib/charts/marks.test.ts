/**
 * Mark geometry at the fixture's positions (tests/fixtures/ledger): at 640 px on the shared
 * [0, 3500] axis, x(v) = 14 + v × 598 / 3500, so "over 1,900" sits at 338.6 and "up to 450" at 90.9.
 */
import { describe, expect, it } from 'vitest';
import { markExtent, markGeometry, markReach, markShape } from './marks.ts';

describe('markShape', () => {
  it('draws a range as a bar, an order of magnitude as a bar of its own kind, "over", "under" and "up to" as arrows, everything else as a dot', () => {
    expect(markShape('range')).toBe('range');
    expect(markShape('order of magnitude')).toBe('magnitude');
    expect(markShape('over')).toBe('over');
    expect(markShape('under')).toBe('under');
    expect(markShape('up to')).toBe('up to');
    for (const q of ['exact', 'about'] as const) expect(markShape(q)).toBe('dot');
  });

  it('draws "under" open below its figure, and an order of magnitude across its whole stated range, never as a dot', () => {
    expect(markExtent('under', 90.9, 90.9)).toMatchObject({ x: 90.9, left: 71.9, right: 95.9 });
    expect(markGeometry(markExtent('under', 90.9, 90.9), 0).arrow).not.toBeNull();
    const magnitude = markGeometry(markExtent('magnitude', 100, 300), 0);
    expect(magnitude.bar).toMatchObject({ x: 100, width: 200 });
  });
});

describe('markExtent', () => {
  it('centres a dot on its value, rounded to 0.1 px', () => {
    expect(markExtent('dot', 406.96, 406.96)).toEqual({
      shape: 'dot',
      x: 407,
      x1: 407,
      x2: 407,
      left: 402,
      right: 412,
    });
  });

  it('reaches right for "over" and left for "up to", by the arrow', () => {
    expect(markExtent('over', 338.6, 338.6)).toMatchObject({ x: 338.6, left: 333.6, right: 357.6 });
    expect(markExtent('up to', 90.9, 90.9)).toMatchObject({ x: 90.9, left: 71.9, right: 95.9 });
  });

  it('puts a range at its midpoint and spans its two ends, or the bar’s height if wider', () => {
    expect(markExtent('range', 458.2, 492.4)).toEqual({
      shape: 'range',
      x: 475.3,
      x1: 458.2,
      x2: 492.4,
      left: 458.2,
      right: 492.4,
    });
    expect(markExtent('range', 100, 102)).toMatchObject({ x: 101, left: 96, right: 106 });
  });
});

describe('markReach', () => {
  it('widens a dot to a touch target less the gap, about its value, and leaves a wider mark as drawn', () => {
    expect(markReach(markExtent('dot', 407, 407))).toEqual({ start: 397, end: 417 });
    expect(markReach(markExtent('range', 458.2, 492.4))).toEqual({ start: 458.2, end: 492.4 });
  });
});

describe('markGeometry', () => {
  it('stacks lanes down the row', () => {
    const dot = markExtent('dot', 407, 407);
    expect([markGeometry(dot, 0).y, markGeometry(dot, 1).y]).toEqual([16, 40]);
  });

  it('gives a dot its hit area and focus ring, and no arrow or bar', () => {
    expect(markGeometry(markExtent('dot', 407, 407), 0)).toEqual({
      lane: 0,
      y: 16,
      arrow: null,
      hit: { x: 395, y: 4, width: 24, height: 24 },
      ring: { x: 399, y: 7, width: 16, height: 18 },
      bar: null,
    });
  });

  it('draws a range’s bar between its ends', () => {
    expect(markGeometry(markExtent('range', 458.2, 492.4), 0).bar).toEqual({
      x: 458.2,
      y: 11,
      width: 34.2,
      height: 10,
    });
  });

  it('points the arrow right for "over" and left for "up to"', () => {
    expect(markGeometry(markExtent('over', 338.6, 338.6), 0).arrow).toEqual({
      x1: 343.6,
      x2: 352.6,
      head: 'M357.6,16L351.6,12L351.6,20Z',
    });
    expect(markGeometry(markExtent('up to', 90.9, 90.9), 0).arrow).toEqual({
      x1: 85.9,
      x2: 76.9,
      head: 'M71.9,16L77.9,12L77.9,20Z',
    });
  });
});
