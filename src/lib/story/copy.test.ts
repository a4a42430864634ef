import { describe, expect, it } from 'vitest';
import { lineOf, parseInline, parseStory } from './copy.ts';
import { typedFigure } from './copy-rules.ts';
import { fixture, fixtureFile } from '../../../tests/fixtures/ledger.ts';

const { ledger } = fixture();

/** A minimal valid story with one step, with `step` lines replacing the step's body. */
function story(step: string): string {
  const claimants = ledger.claimants.map((c) => c.key).join(', ');
  // The claimants: line last, so that the lines the tests name stay where they were.
  return `headline: H\ndek: D\n[+intro]\nA\n[]\n[steps]\n${step}\n[]\n[+method]\nM\n[]\nclaimants: ${claimants}\n`;
}

describe('parseInline', () => {
  it('splits text and claim marks', () => {
    expect(parseInline('put it at [[gazette-sent]] volunteers; [[ courier-sent-ministry ]].')).toEqual([
      { kind: 'text', text: 'put it at ' },
      { kind: 'claim', id: 'gazette-sent' },
      { kind: 'text', text: ' volunteers; ' },
      { kind: 'claim', id: 'courier-sent-ministry' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('returns plain text unchanged', () => {
    expect(parseInline('No figures here.')).toEqual([{ kind: 'text', text: 'No figures here.' }]);
  });
});

describe('typedFigure', () => {
  it('allows dates and citations', () => {
    expect(typedFigure('On 9 March 2031, in November 2030, in the spring of 2031, [[gazette-sent]] went.')).toBeNull();
    expect(typedFigure('On March 10 the photographs were published.')).toBeNull();
  });

  it('finds digits and number words outside them', () => {
    expect(typedFigure('About 2,300 were sent.')).toBe('2,300');
    expect(typedFigure('Some 3.5 per cent.')).toBe('3.5');
    expect(typedFigure('Seven reports, [[gazette-sent]].')).toBe('Seven');
    expect(typedFigure('The ministry plans to double the reserve.')).toBe('double');
    expect(typedFigure('about a third were wounded')).toBe('third');
  });
});

describe('parseStory', () => {
  it('parses the fixture story: headline, paragraphs, steps with what they show and cite', () => {
    const { story: s, errors } = parseStory(fixtureFile('data/story.aml'), ledger);
    expect(errors).toEqual([]);
    expect(s!.headline).toBe('A made-up story for tests: how many volunteers Arland sent');
    expect(s!.intro).toHaveLength(2);
    expect(s!.method).toHaveLength(1);
    expect(s!.steps.map((x) => [x.id, x.view, x.flows, x.chart, x.text.length, x.cites, x.reviewed])).toEqual([
      [
        'sent',
        'wide',
        ['convoy'],
        'volunteers_sent',
        2,
        ['gazette-sent', 'courier-sent-ministry', 'unnamed-sent'],
        ['courier-sent', 'gazette-sent-summary'],
      ],
      ['lost', 'front', ['convoy'], 'volunteers_lost', 1, ['gazette-lost', 'courier-lost'], []],
      [
        'reserve',
        'wide',
        ['convoy', 'reserve', 'supplies'],
        'reserve_planned',
        1,
        ['gazette-reserve', 'courier-crates'],
        [],
      ],
    ]);
    expect(s!.steps[1].text[0]).toEqual([
      { kind: 'text', text: 'The harbour ministry counts ' },
      { kind: 'claim', id: 'gazette-lost' },
      { kind: 'text', text: ' killed or wounded; the observer mission says ' },
      { kind: 'claim', id: 'courier-lost' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('reads a step: view, flows, chart, paragraphs and the claims it cites', () => {
    const { story: s, errors } = parseStory(
      story(
        'id: a\nview: front\nflows: convoy, supplies\nchart: volunteers_lost\nreviewed: courier-lost\ntext: First [[gazette-lost]].\n\nSecond [[gazette-reserve]].\n:end',
      ),
      ledger,
    );
    expect(errors).toEqual([]);
    expect(s!.steps[0]).toMatchObject({
      id: 'a',
      view: 'front',
      flows: ['convoy', 'supplies'],
      chart: 'volunteers_lost',
      cites: ['gazette-lost', 'gazette-reserve'],
      reviewed: ['courier-lost'],
    });
    expect(s!.steps[0].text).toHaveLength(2);
  });

  it('"none" means no flows', () => {
    const { story: s } = parseStory(story('id: a\nview: front\nflows: none\ntext: T'), ledger);
    expect(s!.steps[0].flows).toEqual([]);
  });

  it.each([
    ['an unknown key', 'id: a\nview: front\ncamera: far\ntext: T', 9, 'unknown key "camera" in a step'],
    ['an unknown view', 'id: a\nview: donbas\ntext: T', 8, 'unknown view "donbas" (not in data/views.json)'],
    [
      'an unknown flow',
      'id: a\nview: front\nflows: convoy, tanks\ntext: T',
      9,
      'unknown flow "tanks" (not in data/flows.json)',
    ],
    ['a chart of a quantity with no spread', 'id: a\nview: front\nchart: crates\ntext: T', 9, 'unknown chart "crates"'],
    [
      'an unknown claim',
      'id: a\nview: front\ntext: Cites [[no-such-claim]].',
      9,
      'cites unknown claim "no-such-claim"',
    ],
    ['a missing text', 'id: a\nview: front', 7, 'a step needs text'],
  ])('fails on %s, naming the line', (_what, step, line, message) => {
    const { story: s, errors } = parseStory(story(step), ledger);
    expect(s).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0].file).toBe(`data/story.aml:${line}`);
    expect(errors[0].entry).toBe('a');
    expect(errors[0].message).toContain(message);
  });

  it('fails on a figure typed into copy, naming the line', () => {
    const { errors } = parseStory(story('id: a\nview: front\ntext: Some 2,300 went.'), ledger);
    expect(errors).toEqual([
      {
        file: 'data/story.aml:9',
        entry: 'a',
        message: 'copy types the figure "2,300"; cite it from the ledger as [[claim-id]]',
      },
    ]);
  });

  it('names the line of the right step when two steps share a key', () => {
    const { errors } = parseStory(story('id: a\nview: front\ntext: T\n\nid: b\nview: nowhere\ntext: U'), ledger);
    expect(errors).toEqual([
      { file: 'data/story.aml:12', entry: 'b', message: 'unknown view "nowhere" (not in data/views.json)' },
    ]);
  });

  it('rejects duplicate step ids and unknown top-level keys', () => {
    const { errors } = parseStory(
      story('id: a\nview: front\ntext: T\n\nid: a\nview: front\ntext: U') + 'byline: me\n',
      ledger,
    );
    expect(errors.map((e) => e.message)).toEqual(
      expect.arrayContaining(['duplicate step id "a"', expect.stringContaining('unknown key "byline"')]),
    );
  });

  it('reports a missing headline', () => {
    const { errors } = parseStory(story('id: a\nview: front\ntext: T').replace('headline: H\n', ''), ledger);
    expect(errors.map((e) => e.message)).toContain('"headline" is missing or empty');
  });

  it('lineOf is 1-based, searches from a line, and is 0 when absent', () => {
    expect(lineOf('a\nb\nc', 'c')).toBe(3);
    expect(lineOf('x\ny\nx', 'x', 2)).toBe(3);
    expect(lineOf('a', 'z')).toBe(0);
  });
});

describe('a cited figure and the counter after it', () => {
  it('drops the copy\'s counter when the figure already names what it counts ("6,000명" + "명"), and keeps it otherwise', () => {
    const counted = {
      ...ledger,
      claims: ledger.claims.map((c) => (c.id === 'gazette-sent' ? { ...c, counted: true } : c)),
    };
    const text = (l: typeof ledger) =>
      parseStory(story('id: a\nview: front\ntext: [[gazette-sent]]명, [[courier-sent]]명.'), l, 'x.aml', 'ko', [
        '명',
        '명의',
      ]).story!.steps[0].text[0];
    expect(text(counted)).toEqual([
      { kind: 'claim', id: 'gazette-sent' },
      { kind: 'text', text: ', ' },
      { kind: 'claim', id: 'courier-sent' },
      { kind: 'text', text: '명.' },
    ]);
    expect(text(ledger)[1]).toEqual({ kind: 'text', text: '명, ' });
  });
});

describe('the dek and intro, against the claimants they were written for', () => {
  it('needs a claimants: line naming known claimants', () => {
    const without = story('id: a\nview: front\ntext: T').replace(/claimants: .*\n/, '');
    expect(parseStory(without, ledger).errors.map((e) => e.entry)).toContain('claimants');
    const unknown = story('id: a\nview: front\ntext: T').replace('claimants: ', 'claimants: no-such-claimant, ');
    expect(parseStory(unknown, ledger).errors[0].message).toMatch(/unknown claimant "no-such-claimant"/);
  });
});
