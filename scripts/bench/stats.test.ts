import { describe, expect, it } from 'vitest';
import { blockingTime, format, median, quantile, summarise, table, verdict } from './stats.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('quantile', () => {
  it('picks by nearest rank', () => {
    expect(quantile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.95)).toBe(100);
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(20);
  });
});

describe('summarise', () => {
  it('skips runs that measured nothing but keeps them in runs', () => {
    expect(summarise([3, NaN, 1, 2])).toEqual({ median: 2, min: 1, max: 3, runs: [3, NaN, 1, 2] });
  });
});

describe('blockingTime', () => {
  it('counts what is beyond 50 ms of each long task in the window', () => {
    const tasks = [
      { startTime: 10, duration: 120 },
      { startTime: 500, duration: 60 },
      { startTime: 2000, duration: 300 },
    ];
    expect(blockingTime(tasks)).toBe(70 + 10 + 250);
    expect(blockingTime(tasks, 100, 1000)).toBe(10);
  });
});

describe('verdict', () => {
  it('reports within or over a max or a min budget', () => {
    expect(verdict(10, { max: 10 })).toBe('within');
    expect(verdict(11, { max: 10 })).toBe('over');
    expect(verdict(0.4, { min: 0.5 })).toBe('over');
    expect(verdict(1, undefined)).toBe('no budget');
    expect(verdict(NaN, { max: 1 })).toBe('not measured');
  });
});

describe('format and table', () => {
  it('prints units the way the table shows them', () => {
    expect(format(1536, 'B')).toBe('1.5 KB');
    expect(format(1234.4, 'ms')).toBe('1234 ms');
    expect(format(NaN, 'ms')).toBe('—');
  });

  it('pads columns', () => {
    expect(
      table([
        ['metric', 'median', 'status'],
        ['fcp', '120 ms', 'within'],
      ]),
    ).toBe('metric  median  status\n──────  ──────  ──────\nfcp     120 ms  within');
  });
});
