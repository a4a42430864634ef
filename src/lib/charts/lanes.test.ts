import { describe, expect, it } from 'vitest';
import { packLanes } from './lanes.ts';

const items = (...spans: [number, number][]) => spans.map(([start, end]) => ({ start, end }));

describe('packLanes', () => {
  it('keeps items that do not touch in one lane', () => {
    expect(packLanes(items([0, 10], [14, 20], [30, 31]), 4)).toEqual({ lanes: [0, 0, 0], count: 1 });
  });

  it('moves an item closer than the gap to the next lane, and reuses the first lane free', () => {
    expect(packLanes(items([0, 10], [2, 8], [5, 9], [16, 30]), 4)).toEqual({ lanes: [0, 1, 2, 0], count: 3 });
  });

  it('lets an item start where the last one ended when the gap is 0 (a half-open span)', () => {
    expect(packLanes(items([0, 31], [31, 60], [10, 20]))).toEqual({ lanes: [0, 0, 1], count: 2 });
  });

  it('takes items by their start, ties in the order given, whatever order they come in', () => {
    expect(packLanes(items([50, 60], [0, 10], [0, 10]), 4)).toEqual({ lanes: [0, 0, 1], count: 2 });
  });

  it('needs no lane for no items', () => {
    expect(packLanes([])).toEqual({ lanes: [], count: 0 });
  });
});
