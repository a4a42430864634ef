/** The ledger's values in the English edition's words, on the fixture ledger (tests/fixtures/ledger). */
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import { english } from '../../../tests/helpers/i18n.ts';
import { formatDate, formatEstimate, outletName } from './ledger-words.ts';

const { ledger } = fixture();
const i18n = english();
const source = (id: string) => ledger.sources.find((s) => s.id === id)!;

describe('formatters, in the English edition’s words', () => {
  it('formatEstimate keeps the hedge', () => {
    const estimate = (low: number, high: number, qualifier: Parameters<typeof formatEstimate>[0]['qualifier']) =>
      formatEstimate({ low, high, qualifier, magnitude: qualifier === 'order of magnitude' ? 'hundreds' : '' }, i18n);
    expect(estimate(1900, 1900, 'over')).toBe('over 1,900');
    expect(estimate(2600, 2800, 'range')).toBe('2,600–2,800');
    expect(estimate(380, 380, 'exact')).toBe('380');
    expect(estimate(450, 450, 'up to')).toBe('up to 450');
    expect(estimate(2300, 2300, 'about')).toBe('about 2,300');
    expect(estimate(450, 450, 'under')).toBe('under 450');
    expect(estimate(200, 999, 'order of magnitude')).toBe('hundreds');
  });

  it('formatDate gives the day in British order, or says the text gives none', () => {
    expect(formatDate(source('gazette'), i18n)).toBe('10 March 2031');
    expect(formatDate(source('unnamed'), i18n)).toBe('date not stated');
  });

  it('outletName names an unnamed outlet as such, and adds the edition when there is one', () => {
    expect(ledger.sources.map((s) => outletName(s, i18n))).toEqual([
      'The Harbour Gazette',
      'Valley Courier (Weekend edition)',
      'Unnamed outlet',
    ]);
  });
});
