import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { monthTicks } from './months.ts';
import { english } from '../../../tests/helpers/i18n.ts';

const i18n = english();

const utc = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1));

describe('monthTicks', () => {
  it('has a tick at the start of every month of the domain, both ends included', () => {
    // 1 November 2030 to 1 April 2031 (151 days) on 500 px from y = 10.
    const y = scaleUtc()
      .domain([utc(2030, 11), utc(2031, 4)])
      .range([10, 510]);
    expect(monthTicks(y, i18n).map((t) => [t.label, t.y, t.date.toISOString().slice(0, 10)])).toEqual([
      ['Nov 2030', 10, '2030-11-01'],
      ['Dec 2030', 109.3, '2030-12-01'],
      ['Jan 2031', 212, '2031-01-01'],
      ['Feb 2031', 314.6, '2031-02-01'],
      ['Mar 2031', 407.4, '2031-03-01'],
      ['Apr 2031', 510, '2031-04-01'],
    ]);
  });

  it('thins labels at a regular step when months are too close to read', () => {
    const y = scaleUtc()
      .domain([utc(2020, 1), utc(2025, 1)])
      .range([0, 200]);
    const ticks = monthTicks(y, i18n);
    expect(ticks).toHaveLength(61);
    const labelled = ticks.filter((t) => t.label);
    expect(labelled.map((t) => t.label).slice(0, 3)).toEqual(['Jan 2020', 'Jun 2020', 'Nov 2020']);
    for (let i = 1; i < labelled.length; i++) expect(labelled[i].y - labelled[i - 1].y).toBeGreaterThanOrEqual(14);
  });
});
