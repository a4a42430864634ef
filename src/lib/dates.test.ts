import { describe, expect, it } from 'vitest';
import { parseDay } from './dates.ts';

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
