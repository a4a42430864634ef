/**
 * The translator on a made-up Korean edition (its messages inline, not data/messages/ko.json):
 * Intl's Korean dates, numbers and lists, a message's placeholders, plural forms that Korean does
 * not inflect, and the reading of a figure quoted in another language, in 만 units from ten thousand.
 */
import { describe, expect, it } from 'vitest';
import { placeholders, translator, type Messages } from './translator.ts';
import { figureReading } from './ledger-words.ts';
import { parseDay } from '../dates.ts';
import type { Claim } from '../data/types.ts';

const korean = translator('ko', 'ltr', {
  'edition.intl': 'ko-KR',
  'edition.reading': 'compact',
  'estimate.exact': '{number}',
  'estimate.about': '약 {number}',
  'estimate.over': '{number}여',
  'estimate.range': '{low}–{high}',
  'chart.outlets': { other: '매체 {count}곳' },
  'map.moves': '지도가 바뀝니다: {view}.',
} as unknown as Messages);

const claim = (c: Partial<Claim>) =>
  ({ qualifier: 'exact', low: 0, high: 0, figure: '', magnitude: '', ...c }) as Claim;

describe('a Korean translator', () => {
  it('writes Korean dates and months, in UTC', () => {
    expect(korean.day(parseDay('2025-08-21'))).toBe('2025년 8월 21일');
    expect(korean.month(parseDay('2024-06-01'))).toBe('2024년 6월');
  });

  it('fills placeholders, numbers through Intl, and takes the "other" form for every count', () => {
    expect(korean.t('map.moves' as never, { view: '쿠르스크 전선' })).toBe('지도가 바뀝니다: 쿠르스크 전선.');
    expect(korean.t('chart.outlets', { count: 1 })).toBe('매체 1곳');
    expect(korean.t('chart.outlets', { count: 12000 })).toBe('매체 12,000곳');
    expect(() => korean.t('map.moves' as never)).toThrow('needs {view}');
    expect(korean.list(['CNN', 'The Times'])).toBe('CNN 및 The Times');
  });

  it('reads a figure from another language in 만 units from ten thousand, and not when it adds nothing', () => {
    expect(
      figureReading(claim({ qualifier: 'about', low: 12000, high: 12000, figure: 'roughly 12,000' }), korean),
    ).toBe('약 1.2만');
    expect(
      figureReading(claim({ qualifier: 'range', low: 14000, high: 15000, figure: '14,000 to 15,000' }), korean),
    ).toBe('1.4만–1.5만');
    // Its numbers are the quote's own digits: the reading would only translate the hedge, which the
    // copy around it already does ("Around 600(약 600)명" was the fault).
    expect(figureReading(claim({ qualifier: 'over', low: 4700, high: 4700, figure: 'over 4,700' }), korean)).toBeNull();
    expect(figureReading(claim({ qualifier: 'about', low: 600, high: 600, figure: 'Around 600' }), korean)).toBeNull();
    expect(
      figureReading(
        claim({ qualifier: 'order of magnitude', low: 2000, high: 9999, figure: 'thousands', magnitude: '수천' }),
        korean,
      ),
    ).toBe('수천');
    expect(figureReading(claim({ qualifier: 'exact', low: 101, high: 101, figure: '101' }), korean)).toBeNull();
    expect(
      figureReading(
        claim({ qualifier: 'order of magnitude', low: 2000, high: 9999, figure: '수천', magnitude: '수천' }),
        korean,
      ),
    ).toBeNull();
  });

  it('refuses a reading that is neither compact nor standard, naming the file', () => {
    expect(() => translator('ko', 'ltr', { 'edition.reading': 'words' } as unknown as Messages)).toThrow(
      'data/messages/ko.json [edition.reading]',
    );
  });

  it('finds the placeholders of every plural form', () => {
    expect([...placeholders({ one: '{count} in {where}', other: '{count} in {where} and {more}' })].sort()).toEqual([
      'count',
      'more',
      'where',
    ]);
  });
});
