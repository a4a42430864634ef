import { describe, expect, it } from 'vitest';
import { lineOf, parseInline, parseStory } from './copy.ts';
import { buildLedger } from '../data/validate.ts';
import { readLedgerInput } from '../../../scripts/lib/load.ts';
import { readProjectFile } from '../../../tests/helpers/project.ts';

const ledger = buildLedger(readLedgerInput()).ledger!;

describe('parseInline', () => {
  it('splits text and claim marks', () => {
    expect(parseInline('put it at [[cnn-troops]] troops; [[ times-troops ]].')).toEqual([
      { kind: 'text', text: 'put it at ' },
      { kind: 'claim', id: 'cnn-troops' },
      { kind: 'text', text: ' troops; ' },
      { kind: 'claim', id: 'times-troops' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('returns plain text unchanged', () => {
    expect(parseInline('No figures here.')).toEqual([{ kind: 'text', text: 'No figures here.' }]);
  });
});

describe('parseStory', () => {
  it('parses the real story copy against the real ledger', () => {
    const { story, errors } = parseStory(readProjectFile('data/story.aml'), ledger);
    expect(errors).toEqual([]);
    expect(story!.headline).not.toBe('');
    expect(story!.intro.flat().some((p) => p.kind === 'claim')).toBe(true);
  });

  it('names the line of an unknown claim and an unknown key', () => {
    const raw = 'headline: H\ndek: D\nbyline: me\n[+intro]\nA [[no-such-claim]] b.\n[]\n[+method]\nM\n[]\n';
    const { story, errors } = parseStory(raw, ledger);
    expect(story).toBeNull();
    expect(errors).toEqual([
      {
        file: 'data/story.aml:3',
        entry: 'byline',
        message: 'unknown key "byline"; expected one of headline, dek, intro, method',
      },
      { file: 'data/story.aml:5', entry: 'no-such-claim', message: 'cites unknown claim "no-such-claim"' },
    ]);
  });

  it('reports a missing headline', () => {
    const { errors } = parseStory('dek: D\n[+intro]\nA\n[]\n[+method]\nM\n[]\n', ledger);
    expect(errors.map((e) => e.message)).toContain('"headline" is missing or empty');
  });

  it('lineOf is 1-based and 0 when absent', () => {
    expect(lineOf('a\nb\nc', 'c')).toBe(3);
    expect(lineOf('a', 'z')).toBe(0);
  });
});
