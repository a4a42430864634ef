/** On the fixture ledger (tests/fixtures/ledger), whose spread claims run up to 3,400. */
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import { spreadDomain } from './domain.ts';

const { ledger } = fixture();

describe('spreadDomain', () => {
  it('runs from zero to the nice maximum of every spread claim', () => {
    // The highest spread claim is 3,400 (gazette-reserve); the crates (100, not spread) do not count.
    expect(spreadDomain(ledger)).toEqual([0, 3500]);
  });

  it('fails when no claim counts a spread quantity', () => {
    const none = { ...ledger, quantities: ledger.quantities.map((q) => ({ ...q, spread: false })) };
    expect(() => spreadDomain(none)).toThrow('no claim counts a quantity marked spread: true');
  });
});
