/** The summary sentence on the fixture ledger (tests/fixtures/ledger), and on it altered in memory. */
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import type { Claim } from '../data/types.ts';
import { spreadSummary } from './summary.ts';
import { english } from '../../../tests/helpers/i18n.ts';

const { ledger } = fixture();
const i18n = english();

describe('spreadSummary', () => {
  it('counts estimates, claimants and outlets, gives the lowest and highest, and names repeats', () => {
    expect(spreadSummary(ledger, 'volunteers_sent', i18n)).toBe(
      '3 estimates from 2 claimants plus 1 with no claimant named, in 3 outlets, from over 1,900 to 2,600–2,800 soldiers; ' +
        '2 outlets repeat one estimate, by the observer mission.',
    );
    expect(spreadSummary(ledger, 'volunteers_lost', i18n)).toBe(
      '2 estimates from 2 claimants in 2 outlets, from about 380 to up to 450 soldiers.',
    );
  });

  it('states a single estimate on its own', () => {
    expect(spreadSummary(ledger, 'reserve_planned', i18n)).toBe(
      '1 estimate from 1 claimant in 1 outlet: 3,100–3,400 soldiers.',
    );
  });

  it('lists estimates of one number with different hedges as "a, b and c"', () => {
    const claims: Claim[] = ledger.claims.map((c) =>
      c.quantity === 'volunteers_lost' ? { ...c, low: 400, high: 400 } : c,
    );
    const unnamed = ledger.claims.find((c) => c.id === 'unnamed-sent')!;
    claims.push({
      ...unnamed,
      id: 'unnamed-lost',
      quantity: 'volunteers_lost',
      low: 400,
      high: 400,
      qualifier: 'exact',
    });
    expect(spreadSummary({ ...ledger, claims }, 'volunteers_lost', i18n)).toBe(
      '3 estimates from 2 claimants plus 1 with no claimant named, in 3 outlets: about 400, up to 400 and 400 soldiers.',
    );
  });

  it('says so when no outlet gives an estimate', () => {
    const claims = ledger.claims.filter((c) => c.quantity !== 'reserve_planned');
    expect(spreadSummary({ ...ledger, claims }, 'reserve_planned', i18n)).toBe(
      'No outlet gives an estimate of planned reserve.',
    );
  });

  it('rejects an unknown quantity', () => {
    expect(() => spreadSummary(ledger, 'no-such-quantity', i18n)).toThrow('unknown quantity');
  });
});
