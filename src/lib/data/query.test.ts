/** Questions the page asks of the ledger, on the fixture ledger (tests/fixtures/ledger). */
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import { english } from '../../../tests/helpers/i18n.ts';
import { claimById, claimsOf, formatDate, formatEstimate, groupByClaimant, outletName, sourceOf } from './query.ts';

const { ledger } = fixture();
const i18n = english();
const source = (id: string) => ledger.sources.find((s) => s.id === id)!;

describe('groupByClaimant', () => {
  it('orders named claimants by their lowest estimate and puts unattributed claims last', () => {
    expect(groupByClaimant(ledger, 'volunteers_sent').map((g) => g.claimant.key)).toEqual([
      'observer-mission',
      'harbour-ministry',
      'unattributed',
    ]);
    expect(groupByClaimant(ledger, 'volunteers_lost').map((g) => g.claimant.key)).toEqual([
      'harbour-ministry',
      'observer-mission',
    ]);
  });

  it('shows one estimate repeated by two outlets as one group with one estimate', () => {
    const [observers] = groupByClaimant(ledger, 'volunteers_sent');
    expect(observers.stated.map((s) => [s.claim.id, s.source.id])).toEqual([
      ['gazette-sent', 'gazette'],
      ['courier-sent', 'courier'],
    ]);
    expect(observers.estimates).toEqual([
      { low: 2300, high: 2300, qualifier: 'about', magnitude: '', as_of: 'February' },
    ]);
    expect(observers.outlets).toBe(2);
  });

  it('folds a summary restating a figure into the claim it restates', () => {
    const stated = groupByClaimant(ledger, 'volunteers_sent').flatMap((g) => g.stated);
    expect(stated.map((s) => [s.claim.id, s.restatements.map((r) => r.id)])).toEqual([
      ['gazette-sent', ['gazette-sent-summary']],
      ['courier-sent', []],
      ['courier-sent-ministry', []],
      ['unnamed-sent', []],
    ]);
  });

  it('accounts for every claim of each quantity exactly once', () => {
    for (const q of ledger.quantities) {
      const ids = groupByClaimant(ledger, q.id).flatMap((g) =>
        g.stated.flatMap((s) => [s.claim.id, ...s.restatements.map((r) => r.id)]),
      );
      expect(ids.sort(), q.id).toEqual(
        claimsOf(ledger, q.id)
          .map((c) => c.id)
          .sort(),
      );
    }
  });

  it('is empty for a quantity no claim counts', () => {
    expect(groupByClaimant(ledger, 'no-such-quantity')).toEqual([]);
  });
});

describe('lookups', () => {
  it('claimsOf, claimById and sourceOf find what the ledger holds', () => {
    expect(claimsOf(ledger, 'volunteers_lost').map((c) => c.id)).toEqual(['gazette-lost', 'courier-lost']);
    expect(sourceOf(ledger, claimById(ledger, 'courier-crates')).outlet).toBe('Valley Courier');
    expect(() => claimById(ledger, 'no-such-claim')).toThrow('unknown claim no-such-claim');
  });
});

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
