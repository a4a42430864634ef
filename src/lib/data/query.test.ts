/** Questions the page asks of the ledger, on the fixture ledger (tests/fixtures/ledger). */
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import { claimById, claimsOf, groupByClaimant, sourceOf } from './query.ts';

const { ledger } = fixture();

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
