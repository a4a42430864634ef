import { describe, expect, it } from 'vitest';
import { parseFigure } from './figure.ts';

describe('parseFigure', () => {
  it.each([
    ['12,000', 12000, 12000, null],
    ['roughly 12,000', 12000, 12000, 'about'],
    ['Around 4,000', 4000, 4000, 'about'],
    ['an estimated 1.2 million', 1200000, 1200000, 'about'],
    ['over 11,000', 11000, 11000, 'over'],
    ['25,000 to 30,000', 25000, 30000, 'range'],
    ['between 25,000 and 30,000', 25000, 30000, 'range'],
    ['an estimated 14,000 to 15,000', 14000, 15000, 'range'],
    ['14,000–15,000', 14000, 15000, 'range'],
    ['triple', 3, 3, null],
    ['three', 3, 3, null],
    ['up to three times', 3, 3, 'up to'],
    ['thousands', 1000, 1000, 'order of magnitude'],
    ['101', 101, 101, null],
    ['17', 17, 17, null],
  ] as const)('parses %j', (figure, low, high, qualifier) => {
    expect(parseFigure(figure)).toEqual({ low, high, qualifier });
  });

  it.each(['', 'many', 'twelve thousand-ish', 'a lot of soldiers', '12,00'])('rejects %j', (figure) => {
    expect(parseFigure(figure)).toBeNull();
  });
});
