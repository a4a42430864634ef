/** URL parameters, read against the fixture ledger and story (tests/fixtures/ledger). */
import { describe, expect, it } from 'vitest';
import { readParams } from './params.ts';
import { fixture } from '../../../tests/fixtures/ledger.ts';

const { ledger, story } = fixture();
const { steps } = story;

describe('readParams', () => {
  it('reads theme, a pinned view with flows, and a step', () => {
    expect(readParams('?theme=dark&view=front&flows=convoy,tanks&step=reserve', ledger, steps)).toEqual({
      theme: 'dark',
      pinned: { view: 'front', flows: ['convoy'] },
      step: 'reserve',
    });
  });

  it('ignores what it does not know', () => {
    expect(readParams('?theme=sepia&view=mars&step=nope', ledger, steps)).toEqual({
      theme: 'auto',
      pinned: null,
      step: null,
    });
  });

  it('pins all flows when none are named, and none when the list is empty', () => {
    expect(readParams('?view=wide', ledger, steps).pinned).toEqual({ view: 'wide', flows: undefined });
    expect(readParams('?view=wide&flows=', ledger, steps).pinned).toEqual({ view: 'wide', flows: [] });
  });

  it('reads flows only with a view', () => {
    expect(readParams('?flows=convoy&theme=light', ledger, steps)).toEqual({
      theme: 'light',
      pinned: null,
      step: null,
    });
  });
});
