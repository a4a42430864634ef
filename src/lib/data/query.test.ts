import { describe, expect, it } from 'vitest';
import { formatDate, formatEstimate, groupByClaimant, plural } from './query.ts';
import { buildLedger } from './validate.ts';
import { readLedgerInput } from '../../../scripts/lib/load.ts';

const ledger = buildLedger(readLedgerInput()).ledger!;

describe('groupByClaimant', () => {
  it('shows one estimate repeated by several outlets as one group', () => {
    const groups = groupByClaimant(ledger, 'killed_or_wounded');
    const western = groups.find((g) => g.claimant.key === 'western-officials')!;
    expect(western.outlets).toBe(western.stated.length);
    expect(western.estimates).toHaveLength(1);
    expect(western.outlets).toBeGreaterThan(1);
  });

  it('folds a summary restating a figure into the claim it restates', () => {
    const groups = groupByClaimant(ledger, 'troops_deployed');
    const stated = groups.flatMap((g) => g.stated);
    expect(stated.some((s) => s.claim.restates)).toBe(false);
    const restated = ledger.claims.filter((c) => c.quantity === 'troops_deployed' && c.restates);
    expect(stated.flatMap((s) => s.restatements.map((r) => r.id)).sort()).toEqual(restated.map((c) => c.id).sort());
  });

  it('puts unattributed claims last', () => {
    const groups = groupByClaimant(ledger, 'troops_deployed');
    expect(groups.at(-1)!.claimant.kind).toBe('unattributed');
  });

  it('accounts for every claim of the quantity exactly once', () => {
    for (const q of ledger.quantities) {
      const ids = groupByClaimant(ledger, q.id).flatMap((g) =>
        g.stated.flatMap((s) => [s.claim.id, ...s.restatements.map((r) => r.id)]),
      );
      expect(ids.sort()).toEqual(
        ledger.claims
          .filter((c) => c.quantity === q.id)
          .map((c) => c.id)
          .sort(),
      );
    }
  });
});

describe('formatters', () => {
  it('formatEstimate keeps the hedge', () => {
    expect(formatEstimate({ low: 11000, high: 11000, qualifier: 'over' })).toBe('over 11,000');
    expect(formatEstimate({ low: 25000, high: 30000, qualifier: 'range' })).toBe('25,000–30,000');
    expect(formatEstimate({ low: 600, high: 600, qualifier: 'exact' })).toBe('600');
    expect(formatEstimate({ low: 1000, high: 1000, qualifier: 'order of magnitude' })).toBe('1,000s');
  });

  it('plural and formatDate', () => {
    expect(plural(1, 'outlet')).toBe('1 outlet');
    expect(plural(3, 'outlet')).toBe('3 outlets');
    expect(formatDate(ledger.sources.find((s) => s.id === 'cnn')!)).toBe('22 August 2025');
    expect(formatDate(ledger.sources.find((s) => s.id === 'unsigned')!)).toBe('date not stated');
  });
});
