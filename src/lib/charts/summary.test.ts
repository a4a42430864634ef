/** The summary sentence on the fixture ledger (tests/fixtures/ledger), and on it altered in memory. */
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import type { Claim } from '../data/types.ts';
import { spreadSummary } from './summary.ts';
import { edition, english } from '../../../tests/helpers/i18n.ts';

const { ledger } = fixture();
const i18n = english();

/** The fixture's claims with some changed: `changes` by claim id. */
function altered(changes: Record<string, Partial<Claim>>, extra: Claim[] = []): typeof ledger {
  return { ...ledger, claims: [...ledger.claims.map((c) => ({ ...c, ...changes[c.id] })), ...extra] };
}

describe('spreadSummary', () => {
  it('counts estimates, claimants and outlets, gives the lowest and highest, and names repeats', () => {
    expect(spreadSummary(ledger, 'volunteers_sent', i18n)).toBe(
      '3 estimates: 2 from 2 named claimants, 1 unattributed, in 3 outlets, from over 1,900 to 2,600–2,800 soldiers; ' +
        '2 outlets repeat one estimate, by the observer mission.',
    );
    expect(spreadSummary(ledger, 'volunteers_lost', i18n)).toBe(
      '2 estimates from 2 named claimants in 2 outlets, from about 380 to up to 450 soldiers.',
    );
  });

  it('states a single estimate on its own', () => {
    expect(spreadSummary(ledger, 'reserve_planned', i18n)).toBe(
      '1 estimate from 1 named claimant in 1 outlet: 3,100–3,400 soldiers.',
    );
  });

  it('says when no estimate is attributed', () => {
    const nobody = altered({
      'gazette-sent': { claimant_key: 'unattributed' },
      'courier-sent': { claimant_key: 'unattributed' },
      'courier-sent-ministry': { claimant_key: 'unattributed' },
    });
    expect(spreadSummary(nobody, 'volunteers_sent', i18n)).toBe(
      '3 estimates, none attributed, in 3 outlets, from over 1,900 to 2,600–2,800 soldiers.',
    );
  });

  it('counts two editions of one outlet as one outlet: no echo where one outlet prints twice', () => {
    const gazette = ledger.sources.find((s) => s.id === 'gazette')!;
    const sources = ledger.sources.map((s) => (s.id === 'courier' ? { ...s, outlet_key: gazette.outlet_key } : s));
    expect(spreadSummary({ ...ledger, sources }, 'volunteers_sent', i18n)).toBe(
      '3 estimates: 2 from 2 named claimants, 1 unattributed, in 2 outlets, from over 1,900 to 2,600–2,800 soldiers.',
    );
  });

  it('counts claims of one claimant for one time whose figures agree as one estimate ("600" and "about 600")', () => {
    const agree = altered({ 'gazette-sent': { qualifier: 'exact', figure: '2,300' } });
    expect(spreadSummary(agree, 'volunteers_sent', i18n)).toMatch(/^3 estimates: 2 from 2 named claimants/);
    expect(spreadSummary(agree, 'volunteers_sent', i18n)).toMatch(
      /2 outlets repeat one estimate, by the observer mission\.$/,
    );
  });

  it('counts disagreeing claims of one claimant as two estimates: another time, another hedge or another figure', () => {
    for (const change of [{ as_of: 'March' }, { qualifier: 'over' as const }, { low: 2400, high: 2400 }]) {
      const two = altered({ 'courier-sent': { ...change, as_of: change.as_of ?? 'February' } });
      expect(spreadSummary(two, 'volunteers_sent', i18n)).toMatch(
        /^4 estimates: 3 from 2 named claimants, 1 unattributed/,
      );
      expect(spreadSummary(two, 'volunteers_sent', i18n)).toMatch(
        /2 outlets carry 2 estimates by the observer mission\.$/,
      );
    }
  });

  it('writes each phrase form in the Korean edition too', () => {
    const ko = edition('ko');
    expect(spreadSummary(ledger, 'volunteers_sent', ko)).toMatch(
      /^매체 3곳에 실린 추정치 3건\(추정 주체 2곳의 2건, 추정 주체 미상 1건\): 1,900여에서 2,600–2,800 soldiers까지\. 매체 2곳에서/,
    );
    expect(spreadSummary(ledger, 'volunteers_lost', ko)).toMatch(
      /^매체 2곳에 실린 추정치 2건\(추정 주체 2곳\): 약 380에서 최대 450 soldiers까지\.$/,
    );
    const nobody = altered({
      'gazette-sent': { claimant_key: 'unattributed' },
      'courier-sent': { claimant_key: 'unattributed' },
      'courier-sent-ministry': { claimant_key: 'unattributed' },
    });
    expect(spreadSummary(nobody, 'volunteers_sent', ko)).toMatch(/추정치 3건\(모두 추정 주체 미상\)/);
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
      '3 estimates: 2 from 2 named claimants, 1 unattributed, in 3 outlets: about 400, up to 400 and 400 soldiers.',
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
