import { describe, expect, it } from 'vitest';
import { buildLedger } from '../data/validate.ts';
import { readLedgerInput } from '../../../scripts/lib/load.ts';
import {
  highlightParagraphs,
  PARAGRAPH_BREAK,
  passagesOf,
  seedHref,
  type MarkSpan,
  type Paragraph,
} from './highlight.ts';

const input = readLedgerInput();
const ledger = buildLedger(input).ledger!;

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

describe('highlightParagraphs on the real seeds', () => {
  for (const source of ledger.sources) {
    const text = input.seeds[source.file];
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

  it('covers every claim, confirmation, flow evidence and event mention, ids unique per source', () => {
    const all = ledger.sources.flatMap((s) => passagesOf(ledger, s.id));
    const count =
      ledger.claims.length +
      ledger.claims.filter((c) => c.confirmed_by).length +
      ledger.flows.reduce((n, f) => n + f.evidence.length, 0) +
      ledger.events.reduce((n, e) => n + e.mentions.length, 0);
    expect(all).toHaveLength(count);
    for (const source of ledger.sources) {
      const ids = passagesOf(ledger, source.id).map((s) => s.id);
      expect(new Set(ids).size, source.id).toBe(ids.length);
    }
  });
});

describe('highlightParagraphs on small texts', () => {
  const span = (id: string, start: number, end: number): MarkSpan => ({ id, start, end });

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
    expect(seedHref('001_x.txt', 'about 4,000 soldiers')).toBe('seeds/001_x.txt#:~:text=about%204%2C000%20soldiers');
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
