import { describe, expect, it } from 'vitest';
import { formatDay, formatMonth, parseDay } from './dates.ts';

describe('parseDay', () => {
  it('reads an ISO day as midnight UTC', () => {
    expect(parseDay('2031-03-10').toISOString()).toBe('2031-03-10T00:00:00.000Z');
    expect(parseDay('2024-02-29').getTime()).toBe(Date.UTC(2024, 1, 29));
  });

  it('refuses, by name, what is not an ISO day', () => {
    expect(() => parseDay('')).toThrow('not an ISO date (YYYY-MM-DD): ""');
    expect(() => parseDay('10 March 2031')).toThrow('"10 March 2031"');
    expect(() => parseDay('2031-03-10T12:00')).toThrow('not an ISO date');
  });
});

describe('formatDay', () => {
  it('gives the day, the month in full and the year, in UTC', () => {
    expect(formatDay(parseDay('2031-03-10'))).toBe('10 March 2031');
    expect(formatDay(parseDay('2025-09-01'))).toBe('1 September 2025');
    expect(formatDay(new Date(Date.UTC(2025, 7, 22, 23, 59)))).toBe('22 August 2025');
  });
});

describe('formatMonth', () => {
  it('is the short English month and the year, in UTC', () => {
    expect(formatMonth(parseDay('2024-06-01'))).toBe('Jun 2024');
    expect(formatMonth(parseDay('2025-09-01'))).toBe('Sep 2025');
    expect(formatMonth(new Date(Date.UTC(2030, 10, 30, 23)))).toBe('Nov 2030');
  });
});
