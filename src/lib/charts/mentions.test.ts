/** On the fixture ledger (tests/fixtures/ledger): three sources, the third unnamed and a translation. */
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import { eventMentions, mentionList, sourceName } from './mentions.ts';
import { english } from '../../../tests/helpers/i18n.ts';

const { ledger } = fixture();
const i18n = english();
const event = (id: string) => ledger.events.find((e) => e.id === id)!;

describe('eventMentions', () => {
  it('groups an event’s mentions by source, in ledger order, each source once', () => {
    expect(eventMentions(ledger, event('pact'), i18n).map((m) => [m.source.id, m.name, m.quotes])).toEqual([
      ['gazette', 'The Harbour Gazette', ['signed a supply pact in November 2030']],
      ['courier', 'Valley Courier (Weekend edition)', ['since the supply pact of November 2030']],
      ['unnamed', 'Unnamed outlet (a translation)', ['Under the supply pact of November 2030']],
    ]);
  });
});

describe('mentionList', () => {
  it('lists the names "a, b and c", each name with its mention, the words between with none', () => {
    const mentions = eventMentions(ledger, event('pact'), i18n);
    expect(mentionList(mentions, i18n).map((p) => [p.value, p.mention?.source.id ?? null])).toEqual([
      ['The Harbour Gazette', 'gazette'],
      [', ', null],
      ['Valley Courier (Weekend edition)', 'courier'],
      [' and ', null],
      ['Unnamed outlet (a translation)', 'unnamed'],
    ]);
    expect(mentionList(mentions.slice(0, 1), i18n).map((p) => p.value)).toEqual(['The Harbour Gazette']);
  });
});

describe('sourceName', () => {
  const unnamed = ledger.sources.find((s) => s.id === 'unnamed')!;

  it('is the outlet when the text names one', () => {
    expect(ledger.sources.map((s) => sourceName(s, i18n))).toEqual([
      'The Harbour Gazette',
      'Valley Courier (Weekend edition)',
      'Unnamed outlet (a translation)',
    ]);
  });

  it('tells unnamed outlets apart by byline, translation, date or headline', () => {
    expect(sourceName({ ...unnamed, byline: 'A. Writer' }, i18n)).toBe('Unnamed outlet (A. Writer)');
    expect(sourceName({ ...unnamed, translation: false }, i18n)).toBe('Unnamed outlet (undated)');
    expect(
      sourceName({ ...unnamed, translation: false, date: '2031-03-12', headline: 'One two three four five six' }, i18n),
    ).toBe('Unnamed outlet (“One two three four five …”)');
    expect(sourceName({ ...unnamed, translation: false, date: '2031-03-12' }, i18n)).toBe(
      'Unnamed outlet (no byline or headline)',
    );
  });
});
