import { describe, expect, it } from 'vitest';
import { fixture, fixtureSeed } from '../../../tests/fixtures/ledger.ts';
import {
  checkedPassages,
  highlightParagraphs,
  PARAGRAPH_BREAK,
  passagesOf,
  seedHref,
  type MarkSpan,
  type Paragraph,
} from './highlight.ts';

const { ledger } = fixture();

const flat = (ps: Paragraph[]) => ps.flat();
const joined = (ps: Paragraph[]) =>
  flat(ps)
    .map((s) => s.text)
    .join('');
/** Text of the segments a given mark owns, paragraphs joined by one space. */
const marked = (ps: Paragraph[], id: string) =>
  ps
    .map((p) =>
      p
        .filter((s) => s.markId === id)
        .map((s) => s.text)
        .join(''),
    )
    .filter(Boolean)
    .join(' ');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Paragraphs as [text, mark] pairs, for readable expectations. */
const pairs = (ps: Paragraph[]) => ps.map((p) => p.map((s) => [s.text, s.markId]));

describe('highlightParagraphs on the fixture seeds', () => {
  for (const source of ledger.sources) {
    const text = fixtureSeed(source.file);
    const spans = passagesOf(ledger, source.id);

    describe(source.id, () => {
      const paragraphs = highlightParagraphs(text, spans);

      it('keeps every character once: the segments are the text without its paragraph breaks', () => {
        expect(joined(paragraphs)).toBe(text.replace(PARAGRAPH_BREAK, ''));
        expect(paragraphs.length).toBe(text.split(PARAGRAPH_BREAK).filter(Boolean).length);
      });

      it('marks exactly the characters inside some quoted passage', () => {
        const chars = Array.from(text);
        const inside = chars.map((_, i) => spans.some((s) => s.start <= i && i < s.end));
        const breaks = new Set<number>();
        let unit = 0;
        let cp = 0;
        for (const m of text.matchAll(PARAGRAPH_BREAK)) {
          cp += Array.from(text.slice(unit, m.index)).length;
          const n = Array.from(m[0]).length;
          for (let k = 0; k < n; k++) breaks.add(cp + k);
          cp += n;
          unit = m.index + m[0].length;
        }
        const expected = chars.flatMap((_, i) => (breaks.has(i) ? [] : [inside[i]]));
        const actual = flat(paragraphs).flatMap((s) => Array.from(s.text).map(() => s.markId !== null));
        expect(actual).toEqual(expected);
      });

      it('gives the focused claim its whole quote, whatever overlaps it', () => {
        for (const claim of ledger.claims.filter((c) => c.source === source.id)) {
          const ps = highlightParagraphs(text, spans, claim.id);
          expect(squash(marked(ps, claim.id)), claim.id).toBe(squash(claim.quote));
          expect(joined(ps)).toBe(joined(paragraphs));
        }
      });
    });
  }

  it('splits a seed into its paragraphs and marks each quoted passage', () => {
    const text = fixtureSeed('fx3_unnamed.txt');
    expect(pairs(highlightParagraphs(text, passagesOf(ledger, 'unnamed')))).toEqual([
      [['FIXTURE: made-up text for tests; not a news report.', null]],
      [['NEWS', null]],
      [['Over 1,900 volunteers were sent to the Fenmark front, it is reported.', 'unnamed-sent']],
      [
        ['Under the supply pact of November 2030', 'event-pact-1'],
        [', convoys cross every week.', null],
      ],
    ]);
  });

  it('lets the earlier of two overlapping quotes keep the overlap, unless the later is the focus', () => {
    const text = fixtureSeed('fx2_courier.txt');
    const spans = passagesOf(ledger, 'courier');
    expect(pairs(highlightParagraphs(text, spans))[3]).toEqual([
      ['About 2,300 volunteers have been sent to Borovia, according to the observer mission', 'courier-sent'],
      [', which also estimates that up to 450 have been killed or wounded', 'courier-lost'],
      ['.', null],
    ]);
    expect(pairs(highlightParagraphs(text, spans, 'courier-lost'))[3]).toEqual([
      ['About 2,300 volunteers have been sent to Borovia, according to ', 'courier-sent'],
      ['the observer mission, which also estimates that up to 450 have been killed or wounded', 'courier-lost'],
      ['.', null],
    ]);
  });
});

describe('passagesOf', () => {
  it('lists a source’s claims, confirmations, flow evidence and event mentions, with their ids', () => {
    const gazette = passagesOf(ledger, 'gazette');
    expect(gazette.find((s) => s.id === 'gazette-sent')?.quote).toBe(
      ledger.claims.find((c) => c.id === 'gazette-sent')?.quote,
    );
    expect(gazette.map(({ id, start, end }) => ({ id, start, end }))).toEqual([
      { id: 'gazette-sent', start: 298, end: 380 },
      { id: 'gazette-sent-summary', start: 155, end: 197 },
      { id: 'gazette-lost', start: 382, end: 460 },
      { id: 'gazette-reserve', start: 549, end: 642 },
      { id: 'confirm-gazette-reserve', start: 643, end: 723 },
      { id: 'flow-convoy-1', start: 239, end: 296 },
      { id: 'flow-reserve-1', start: 579, end: 627 },
      { id: 'event-parade-1', start: 199, end: 234 },
      { id: 'event-pact-1', start: 474, end: 511 },
    ]);
    expect(passagesOf(ledger, 'unnamed').map((s) => s.id)).toEqual(['unnamed-sent', 'event-pact-1']);
  });

  it('numbers a flow’s or an event’s passages per source', () => {
    const two = {
      ...ledger,
      events: ledger.events.map((e) =>
        e.id === 'parade' ? { ...e, mentions: [...e.mentions, { ...e.mentions[0], span: { start: 0, end: 4 } }] } : e,
      ),
    };
    const parade = passagesOf(two, 'gazette').filter((s) => s.id.startsWith('event-parade'));
    expect(parade.map(({ id, start, end }) => ({ id, start, end }))).toEqual([
      { id: 'event-parade-1', start: 199, end: 234 },
      { id: 'event-parade-2', start: 0, end: 4 },
    ]);
  });
});

describe('highlightParagraphs on small texts', () => {
  const span = (id: string, start: number, end: number): MarkSpan => ({ id, start, end, quote: '' });

  it('splits on single line breaks and blank lines, leaving empty paragraphs out', () => {
    expect(pairs(highlightParagraphs('\none\ntwo\n\n \nthree\r\n\r\nfour\n', []))).toEqual([
      [['one', null]],
      [['two', null]],
      [['three', null]],
      [['four', null]],
    ]);
  });

  it('keeps spaces inside a paragraph verbatim', () => {
    expect(pairs(highlightParagraphs('  a  b ', []))).toEqual([[['  a  b ', null]]]);
  });

  it('marks a span', () => {
    expect(pairs(highlightParagraphs('abcdef', [span('x', 1, 3)]))).toEqual([
      [
        ['a', null],
        ['bc', 'x'],
        ['def', null],
      ],
    ]);
  });

  it('lets the earlier-starting of two overlapping spans keep the overlap', () => {
    expect(pairs(highlightParagraphs('abcdefgh', [span('late', 3, 7), span('early', 1, 5)]))).toEqual([
      [
        ['a', null],
        ['bcde', 'early'],
        ['fg', 'late'],
        ['h', null],
      ],
    ]);
  });

  it('hides a span nested inside a longer one, unless it is the focus', () => {
    const spans = [span('inner', 2, 4), span('outer', 1, 6)];
    expect(pairs(highlightParagraphs('abcdefg', spans))).toEqual([
      [
        ['a', null],
        ['bcdef', 'outer'],
        ['g', null],
      ],
    ]);
    expect(pairs(highlightParagraphs('abcdefg', spans, 'inner'))).toEqual([
      [
        ['a', null],
        ['b', 'outer'],
        ['cd', 'inner'],
        ['ef', 'outer'],
        ['g', null],
      ],
    ]);
  });

  it('gives identical spans to the one listed first, or to the focus', () => {
    const spans = [span('a', 0, 3), span('b', 0, 3)];
    expect(pairs(highlightParagraphs('xyz', spans))).toEqual([[['xyz', 'a']]]);
    expect(pairs(highlightParagraphs('xyz', spans, 'b'))).toEqual([[['xyz', 'b']]]);
  });

  it('marks a span crossing a paragraph break in both paragraphs, without the break', () => {
    expect(pairs(highlightParagraphs('one two\n\nthree four', [span('x', 4, 14)]))).toEqual([
      [
        ['one ', null],
        ['two', 'x'],
      ],
      [
        ['three', 'x'],
        [' four', null],
      ],
    ]);
  });

  it('counts offsets in code points, not UTF-16 units', () => {
    // "𝟏" is one code point but two UTF-16 units.
    expect(pairs(highlightParagraphs('𝟏 a “b”', [span('x', 4, 7)]))).toEqual([
      [
        ['𝟏 a ', null],
        ['“b”', 'x'],
      ],
    ]);
    expect(pairs(highlightParagraphs('𝟏\n𝟐 c', [span('x', 4, 5)]))).toEqual([
      [['𝟏', null]],
      [
        ['𝟐 ', null],
        ['c', 'x'],
      ],
    ]);
  });

  it('ignores empty spans and rejects spans outside the text', () => {
    expect(pairs(highlightParagraphs('abc', [span('e', 1, 1)]))).toEqual([[['abc', null]]]);
    expect(() => highlightParagraphs('abc', [span('far', 2, 4)])).toThrow(/far/);
    expect(() => highlightParagraphs('abc', [span('back', 2, 1)])).toThrow(/back/);
  });
});

describe('seedHref', () => {
  it('is a relative link to the seed with a text fragment of the quote', () => {
    expect(seedHref('001_x.txt', 'about 2,300 volunteers')).toBe(
      'seeds/001_x.txt#:~:text=about%202%2C300%20volunteers',
    );
  });

  it('matches a long quote by its first and last four words, escaping the fragment syntax', () => {
    expect(seedHref('a.txt', 'One two-three four five six seven eight nine & ten')).toBe(
      'seeds/a.txt#:~:text=One%20two%2Dthree%20four%20five,eight%20nine%20%26%20ten',
    );
  });

  it('collapses whitespace, since the page text may wrap where the quote does not', () => {
    expect(seedHref('a.txt', ' a\n b ')).toBe('seeds/a.txt#:~:text=a%20b');
  });
});

describe('checkedPassages', () => {
  const squashed = (text: string, s: MarkSpan) => squash(Array.from(text).slice(s.start, s.end).join(''));

  for (const source of ledger.sources) {
    const text = fixtureSeed(source.file);
    const spans = passagesOf(ledger, source.id);

    describe(source.id, () => {
      it('keeps every passage where the ledger put it in the text the build checked', () => {
        expect(checkedPassages(text, spans)).toEqual({ text, spans });
      });

      it('drops a byte-order mark as the build does, and the offsets still hold', () => {
        expect(checkedPassages(`\ufeff${text}`, spans)).toEqual({ text, spans });
      });

      it('finds every passage again in the same text with CRLF line ends, each slice its quote', () => {
        const crlf = text.replace(/\r?\n/g, '\r\n');
        const checked = checkedPassages(crlf, spans);
        expect(checked).not.toBeNull();
        for (const s of checked!.spans) expect(squashed(crlf, s), s.id).toBe(squash(s.quote));
      });

      it('refuses a text cut short before its last passage, and a page that is not the text', () => {
        const last = Math.max(...spans.map((s) => s.end));
        expect(
          checkedPassages(
            Array.from(text)
              .slice(0, last - 1)
              .join(''),
            spans,
          ),
        ).toBeNull();
        expect(checkedPassages('<!doctype html><script src="x.js"></script><p>Not found</p>', spans)).toBeNull();
      });
    });
  }

  it('refuses a text whose words at a passage differ, even when the offsets are in range', () => {
    const text = 'The army sent 12,000 troops.';
    const quote = 'sent 12,000 troops';
    const at = { id: 'a', start: 9, end: 27, quote };
    expect(checkedPassages(text, [at])?.spans).toEqual([at]);
    expect(checkedPassages(text.replace('12,000', '13,000'), [at])).toBeNull();
  });
});
