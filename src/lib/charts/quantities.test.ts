/** On the fixture ledger (tests/fixtures/ledger): three spread quantities and the crates, not spread. */
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import { spreadQuantities, unchartedSpreads } from './quantities.ts';

const { ledger } = fixture();

describe('spreadQuantities', () => {
  it('lists the quantities marked spread: true, in ledger order', () => {
    expect(spreadQuantities(ledger)).toEqual(['volunteers_sent', 'volunteers_lost', 'reserve_planned']);
  });
});

describe('unchartedSpreads', () => {
  it('gives the spread quantities no step charts, in ledger order', () => {
    const spread = spreadQuantities(ledger);
    expect(unchartedSpreads(ledger, []).map((q) => q.id)).toEqual(spread);
    expect(unchartedSpreads(ledger, [spread[0], '']).map((q) => q.id)).toEqual(spread.slice(1));
    expect(unchartedSpreads(ledger, spread)).toEqual([]);
  });
});
