/**
 * Lane packing, shared by the spread chart (marks that would touch) and the timeline (spans that
 * overlap in time): items taken by their start, each into the first lane whose last item ended at
 * least `gap` before it starts, or a new lane below.
 */

/** An item's extent along the axis lanes run on: px on the spread chart, ms on the timeline. */
export interface LaneItem {
  start: number;
  end: number;
}

export interface Lanes {
  /** The lane of each item, in the order given (0 = first lane). */
  lanes: number[];
  /** How many lanes the items need; 0 for no items. */
  count: number;
}

/**
 * @example packLanes([{ start: 0, end: 10 }, { start: 5, end: 12 }, { start: 14, end: 20 }], 4)
 * // { lanes: [0, 1, 0], count: 2 }
 */
export function packLanes(items: readonly LaneItem[], gap = 0): Lanes {
  // By start, ties in the order given; each lane keeps the end of its last item.
  const order = items.map((_, i) => i).sort((a, b) => items[a].start - items[b].start || a - b);
  const ends: number[] = [];
  const lanes: number[] = [];
  for (const i of order) {
    let lane = ends.findIndex((end) => end + gap <= items[i].start);
    if (lane === -1) lane = ends.length;
    ends[lane] = items[i].end;
    lanes[i] = lane;
  }
  return { lanes, count: ends.length };
}
