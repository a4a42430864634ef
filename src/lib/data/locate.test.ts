import { describe, expect, it } from 'vitest';
import { locateQuote } from './locate.ts';
import { sliceCodePoints } from '../../../tests/helpers/text.ts';

describe('locateQuote', () => {
  const seed = 'Intro.\n\nKim said  “my heart\n aches” today.';

  it('finds an exact quote and returns code-point offsets', () => {
    const { span } = locateQuote(seed, 'Kim said');
    expect(span).toEqual({ start: 8, end: 16 });
    expect(sliceCodePoints(seed, span!)).toBe('Kim said');
  });

  it('lets any run of whitespace match any other, and trims the quote', () => {
    const { span } = locateQuote(seed, '  said “my heart aches”  ');
    expect(span).not.toBeNull();
    expect(sliceCodePoints(seed, span!)).toBe('said  “my heart\n aches”');
  });

  it('does not normalise quotation marks, case or punctuation', () => {
    expect(locateQuote(seed, 'said "my heart aches"').span).toBeNull();
    expect(locateQuote(seed, 'kim said').span).toBeNull();
    expect(locateQuote(seed, 'Kim said,').span).toBeNull();
  });

  it('reports how far an altered quote matched', () => {
    const found = locateQuote(seed, 'Kim said “my hearts');
    expect(found.span).toBeNull();
    expect(found.matchedPrefix).toBe('Kim said “my heart'.length);
  });

  it('counts code points, not UTF-16 units, before the quote', () => {
    const astral = '😀 x 😀 target';
    const { span } = locateQuote(astral, 'target');
    expect(span).toEqual({ start: 6, end: 12 });
    expect(sliceCodePoints(astral, span!)).toBe('target');
  });

  it('returns the first occurrence', () => {
    expect(locateQuote('a b a b', 'a b').span).toEqual({ start: 0, end: 3 });
  });
});
