/** Copy freshness on the fixture: the dek and intro go stale when a claimant arrives they were not written against. */
import { describe, expect, it } from 'vitest';
import { fixture, fixtureFile } from '../../../tests/fixtures/ledger.ts';
import { parseStory } from './copy.ts';
import { staleSteps } from './freshness.ts';

const { ledger } = fixture();
const raw = fixtureFile('data/story.aml');

describe('staleSteps', () => {
  it('finds nothing stale in the fixture as written', () => {
    const { story } = parseStory(raw, ledger);
    expect(staleSteps(story!, ledger, raw)).toEqual([]);
  });

  it('names the intro, at its claimants: line, when a new claimant arrives', () => {
    const { story } = parseStory(raw, ledger);
    const arrived = {
      ...ledger,
      claimants: [
        ...ledger.claimants,
        { key: 'uk-defence-intelligence', label: 'UK Defence Intelligence', kind: 'intelligence' },
      ],
    };
    const line = raw.split('\n').findIndex((l) => l.startsWith('claimants:')) + 1;
    expect(staleSteps(story!, arrived, raw)).toEqual([
      {
        file: `data/story.aml:${line}`,
        entry: 'intro',
        message: expect.stringMatching(/predate claimant uk-defence-intelligence \(UK Defence Intelligence\)/),
      },
    ]);
  });
});
