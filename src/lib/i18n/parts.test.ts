import { describe, expect, it } from 'vitest';
import { messageParts } from './parts.ts';
import { translator, type Messages } from './translator.ts';

const i18n = translator('en', 'ltr', {
  'edition.intl': 'en-GB',
  'sources.repeats': 'Repeats the figure in {passage} of this text.',
  'reader.legend': '{highlighted}: every passage; {outlined}: yours',
  'timeline.in_their_words': { one: '{count} passage in {where}', other: '{count} passages in {where}' },
} as unknown as Messages);

describe('messageParts', () => {
  it('splits a message at the slots it is asked for, in the order the message gives them', () => {
    expect(messageParts(i18n, 'sources.repeats', ['passage'])).toEqual([
      { text: 'Repeats the figure in ' },
      { slot: 'passage' },
      { text: ' of this text.' },
    ]);
    expect(messageParts(i18n, 'reader.legend', ['outlined', 'highlighted'])).toEqual([
      { slot: 'highlighted' },
      { text: ': every passage; ' },
      { slot: 'outlined' },
      { text: ': yours' },
    ]);
  });

  it('fills the other placeholders as t does, numbers and plural forms included', () => {
    expect(messageParts(i18n, 'timeline.in_their_words', ['where'], { count: 1200 })).toEqual([
      { text: '1,200 passages in ' },
      { slot: 'where' },
    ]);
    expect(() => messageParts(i18n, 'timeline.in_their_words', [], { count: 1 })).toThrow('needs {where}');
  });
});
