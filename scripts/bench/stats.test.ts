import { describe, expect, it } from 'vitest';
import {
  blockingTime,
  format,
  formatBudget,
  median,
  pairedRatios,
  quantile,
  ratio,
  summarise,
  table,
  verdict,
} from './stats.ts';

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

describe('ratio and pairedRatios', () => {
  it('divides, with 0 ÷ 0 = 1 and anything else unmeasurable as NaN', () => {
    expect(ratio(150, 1000)).toBe(0.15);
    expect(ratio(0, 0)).toBe(1);
    expect(ratio(5, 0)).toBeNaN();
    expect(ratio(NaN, 10)).toBeNaN();
    expect(ratio(10, NaN)).toBeNaN();
  });

  it('pairs the i-th run of each side; a single value pairs with every run', () => {
    expect(pairedRatios([100, 300, 200], [1000, 1000, 4000])).toEqual([0.1, 0.3, 0.05]);
    expect(pairedRatios([500], [1000, 2000])).toEqual([0.5, 0.25]);
    expect(pairedRatios([1000, 2000], [500])).toEqual([2, 4]);
    expect(pairedRatios([], [1])).toEqual([]);
    expect(() => pairedRatios([1, 2], [1, 2, 3])).toThrow('cannot pair 2 runs with 3');
  });

  it('the median of paired ratios is not the ratio of medians', () => {
    // A machine busy during the second pair slows both pages of that pair.
    const story = [100, 1000, 120];
    const bare = [1000, 10000, 1200];
    expect(median(pairedRatios(story, bare))).toBe(0.1);
    expect(summarise(pairedRatios([100, NaN], [1000, 1000]))).toMatchObject({ median: 0.1, min: 0.1, max: 0.1 });
  });
});

describe('budgets on ratios', () => {
  it('a ratio budget is a max or min like any other', () => {
    expect(verdict(0.15, { max: 0.15 })).toBe('within');
    expect(verdict(0.151, { max: 0.15 })).toBe('over');
    expect(verdict(1.1, { max: 1.1 })).toBe('within');
    expect(verdict(ratio(5, 0), { max: 0.15 })).toBe('not measured');
  });

  it('prints a ratio of measurements as ×', () => {
    expect(format(0.15, 'times')).toBe('×0.15');
    expect(format(0.0123, 'times')).toBe('×0.012');
    expect(format(1.1, 'times')).toBe('×1.10');
    expect(formatBudget({ max: 0.15 }, 'times')).toBe('≤ ×0.15');
  });
});
