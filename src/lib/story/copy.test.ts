import { describe, expect, it } from 'vitest';
import { lineOf, parseInline, parseStory, typedFigure } from './copy.ts';
import { buildLedger } from '../data/validate.ts';
import { readLedgerInput } from '../../../scripts/lib/load.ts';
import { readProjectFile } from '../../../tests/helpers/project.ts';

const ledger = buildLedger(readLedgerInput()).ledger!;
const real = readProjectFile('data/story.aml');

/** A minimal valid story with one step, with `step` lines replacing the step's body. */
function story(step: string): string {
  return `headline: H\ndek: D\n[+intro]\nA\n[]\n[steps]\n${step}\n[]\n[+method]\nM\n[]\n`;
}

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

describe('typedFigure', () => {
  it('allows dates and citations', () => {
    expect(typedFigure('On 21 August 2025, in June 2024, in the autumn of 2024, [[cnn-troops]] troops.')).toBeNull();
    expect(typedFigure('On June 30 the coffins arrived.')).toBeNull();
  });

  it('finds digits and number words outside them', () => {
    expect(typedFigure('About 4,000 were killed.')).toBe('4,000');
    expect(typedFigure('Five reports, [[cnn-troops]].')).toBe('Five');
    expect(typedFigure('Kim plans to triple the force.')).toBe('triple');
    expect(typedFigure('about a third were killed')).toBe('third');
  });
});

describe('parseStory', () => {
  it('parses the real story copy against the real ledger', () => {
    const { story: s, errors } = parseStory(real, ledger);
    expect(errors).toEqual([]);
    expect(s!.headline).not.toBe('');
    expect(s!.steps.length).toBeGreaterThan(3);
    for (const step of s!.steps) {
      expect(ledger.views.map((v) => v.id)).toContain(step.view);
      expect(step.text.length).toBeGreaterThan(0);
    }
    // Multi-paragraph step text keeps its paragraphs.
    expect(s!.steps.some((step) => step.text.length > 1)).toBe(true);
  });

  it('reads a step: view, flows, chart, paragraphs and the claims it cites', () => {
    const { story: s, errors } = parseStory(
      story(
        'id: a\nview: kursk\nflows: troops, munitions\nchart: killed\ntext: First [[times-killed]].\n\nSecond [[cnn-troops]].\n:end',
      ),
      ledger,
    );
    expect(errors).toEqual([]);
    expect(s!.steps[0]).toMatchObject({
      id: 'a',
      view: 'kursk',
      flows: ['troops', 'munitions'],
      chart: 'killed',
      cites: ['times-killed', 'cnn-troops'],
    });
    expect(s!.steps[0].text).toHaveLength(2);
  });

  it('"none" means no flows', () => {
    const { story: s } = parseStory(story('id: a\nview: kursk\nflows: none\ntext: T'), ledger);
    expect(s!.steps[0].flows).toEqual([]);
  });

  it.each([
    ['an unknown key', 'id: a\nview: kursk\ncamera: far\ntext: T', 9, 'unknown key "camera" in a step'],
    ['an unknown view', 'id: a\nview: donbas\ntext: T', 8, 'unknown view "donbas" (not in data/views.json)'],
    [
      'an unknown flow',
      'id: a\nview: kursk\nflows: troops, tanks\ntext: T',
      9,
      'unknown flow "tanks" (not in data/flows.json)',
    ],
    ['an unknown chart', 'id: a\nview: kursk\nchart: armed_forces\ntext: T', 9, 'unknown chart "armed_forces"'],
    [
      'an unknown claim',
      'id: a\nview: kursk\ntext: Cites [[no-such-claim]].',
      9,
      'cites unknown claim "no-such-claim"',
    ],
    ['a missing text', 'id: a\nview: kursk', 7, 'a step needs text'],
  ])('fails on %s, naming the line', (_what, step, line, message) => {
    const { story: s, errors } = parseStory(story(step), ledger);
    expect(s).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0].file).toBe(`data/story.aml:${line}`);
    expect(errors[0].entry).toBe('a');
    expect(errors[0].message).toContain(message);
  });

  it('fails on a figure typed into copy, naming the line', () => {
    const { errors } = parseStory(story('id: a\nview: kursk\ntext: Some 4,000 died.'), ledger);
    expect(errors).toEqual([
      {
        file: 'data/story.aml:9',
        entry: 'a',
        message: 'copy types the figure "4,000"; cite it from the ledger as [[claim-id]]',
      },
    ]);
  });

  it('names the line of the right step when two steps share a key', () => {
    const { errors } = parseStory(story('id: a\nview: kursk\ntext: T\n\nid: b\nview: nowhere\ntext: U'), ledger);
    expect(errors).toEqual([
      { file: 'data/story.aml:12', entry: 'b', message: 'unknown view "nowhere" (not in data/views.json)' },
    ]);
  });

  it('rejects duplicate step ids and unknown top-level keys', () => {
    const { errors } = parseStory(
      story('id: a\nview: kursk\ntext: T\n\nid: a\nview: kursk\ntext: U') + 'byline: me\n',
      ledger,
    );
    expect(errors.map((e) => e.message)).toEqual(
      expect.arrayContaining(['duplicate step id "a"', expect.stringContaining('unknown key "byline"')]),
    );
  });

  it('reports a missing headline', () => {
    const { errors } = parseStory(story('id: a\nview: kursk\ntext: T').replace('headline: H\n', ''), ledger);
    expect(errors.map((e) => e.message)).toContain('"headline" is missing or empty');
  });

  it('lineOf is 1-based, searches from a line, and is 0 when absent', () => {
    expect(lineOf('a\nb\nc', 'c')).toBe(3);
    expect(lineOf('x\ny\nx', 'x', 2)).toBe(3);
    expect(lineOf('a', 'z')).toBe(0);
  });
});
