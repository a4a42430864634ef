import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../data/types.ts';
import { sortEvents } from './events.ts';

const event = (id: string, start: string, end = start): TimelineEvent => ({
  id,
  start,
  end,
  label: id,
  title: id,
  mentions: [],
});

describe('sortEvents', () => {
  it('orders by start, then end, keeping ledger order for ties', () => {
    const a = event('a', '2025-04-01', '2025-04-30');
    const b = event('b', '2025-04-01', '2025-04-30');
    const c = event('c', '2025-04-01', '2025-04-02');
    const d = event('d', '2024-01-01');
    expect(sortEvents([a, b, c, d]).map((e) => e.id)).toEqual(['d', 'c', 'a', 'b']);
  });

  it('leaves the events it is given in their order', () => {
    const events = [event('b', '2025-02-01'), event('a', '2025-01-01')];
    sortEvents(events);
    expect(events.map((e) => e.id)).toEqual(['b', 'a']);
  });
});
