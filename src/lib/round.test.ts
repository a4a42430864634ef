import { describe, expect, it } from 'vitest';
import { round } from './round.ts';

describe('round', () => {
  it('rounds to two decimals by default, or to the decimals asked for', () => {
    expect(round(12.3456)).toBe(12.35);
    expect(round(12.3456, 1)).toBe(12.3);
    expect(round(-0.004)).toBe(-0);
    expect(round(7, 0)).toBe(7);
  });
});
