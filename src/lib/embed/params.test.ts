import { describe, expect, it } from 'vitest';
import { readParams } from './params.ts';
import { buildLedger } from '../data/validate.ts';
import { parseStory } from '../story/copy.ts';
import { readLedgerInput } from '../../../scripts/lib/load.ts';
import { readProjectFile } from '../../../tests/helpers/project.ts';

const ledger = buildLedger(readLedgerInput()).ledger!;
const { steps } = parseStory(readProjectFile('data/story.aml'), ledger).story!;

describe('readParams', () => {
  it('reads theme, a pinned view with flows, and a step', () => {
    expect(readParams(`?theme=dark&view=kursk&flows=troops,tanks&step=${steps[2].id}`, ledger, steps)).toEqual({
      theme: 'dark',
      pinned: { view: 'kursk', flows: ['troops'] },
      step: steps[2].id,
    });
  });

  it('ignores what it does not know', () => {
    expect(readParams('?theme=sepia&view=mars&step=nope', ledger, steps)).toEqual({
      theme: 'auto',
      pinned: null,
      step: null,
    });
  });

  it('pins all flows when none are named', () => {
    expect(readParams('?view=overview', ledger, steps).pinned).toEqual({ view: 'overview', flows: undefined });
  });
});
