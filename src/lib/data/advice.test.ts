/**
 * The property behind every message about an unknown word, across every language file: take a
 * word of each kind out of the file, read a figure that uses it, and put the word back wherever
 * the message advises. The figure must then read exactly as it did (the correct reading), or be
 * refused: advice never turns a correct reading into another number or hedge. A fraction, taken
 * out, is never advised anywhere that reads it as a number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLedgerInput } from '../../../scripts/lib/load.ts';
import { advisedPlaces, candidatePlaces, placeName, unknownWordAdvice, withWord } from './advice.ts';
import { parseFigure } from './figure.ts';
import { resolveLanguage } from './language.ts';
import { readLanguages } from './validate.ts';
import type { FigureRules, LedgerError } from './types.ts';

const errors: LedgerError[] = [];
const words = readLanguages(readLedgerInput(), errors);
const TAGS = [...words.keys()].sort();

function rulesOf(tag: string): FigureRules {
  const r = resolveLanguage(tag, words);
  if ('problem' in r) throw new Error(r.problem);
  return r.rules;
}

/** The rules without one word, in whatever places list it. */
function without(rules: FigureRules, word: string): FigureRules {
  const drop = (xs: string[]) => xs.filter((x) => x !== word);
  const dropKey = <V>(m: Map<string, V>) => new Map([...m].filter(([k]) => k !== word));
  return {
    ...rules,
    hedges: rules.hedges.map((h) => ({ ...h, before: drop(h.before), after: drop(h.after) })),
    prefixes: drop(rules.prefixes),
    units: drop(rules.units),
    numbers: dropKey(rules.numbers),
    scales: dropKey(rules.scales),
    magnitudes: dropKey(rules.magnitudes),
    fractions: dropKey(rules.fractions),
    multipliers: dropKey(rules.multipliers),
  };
}

/** Each word of a kind that leaves the number alone, with a figure that uses it where it stands. */
function samples(tag: string): { word: string; figure: string }[] {
  const r = rulesOf(tag);
  const sep = r.wordBoundaries ? ' ' : '';
  const after = (w: string) => `600${w.startsWith('-') ? '' : sep}${w}`;
  return [
    ...r.hedges.flatMap((h) => [
      ...h.before.map((w) => ({ word: w, figure: `${w} 600` })),
      ...h.after.map((w) => ({ word: w, figure: after(w) })),
    ]),
    ...r.prefixes.map((w) => ({ word: w, figure: `${w} 600` })),
    ...r.units.map((w) => ({ word: w, figure: after(w) })),
  ];
}

describe('advice for an unknown word, in every language file', () => {
  it('the language files read without a problem', () => expect(errors).toEqual([]));

  it.each(TAGS)('%s: putting a word where the message advises never changes a correct reading', (tag) => {
    const rules = rulesOf(tag);
    const all = samples(tag);
    fc.assert(
      fc.property(fc.constantFrom(...all), ({ word, figure }) => {
        const right = parseFigure(figure, rules);
        fc.pre(right.figure !== undefined);
        const correct = {
          low: right.figure!.low,
          high: right.figure!.high,
          qualifier: right.figure!.qualifier ?? 'exact',
        };
        const less = without(rules, word);
        const missing = parseFigure(figure, less);
        if (missing.figure) {
          // Another word of the file reads the figure the same way: nothing to advise.
          expect(missing.figure).toMatchObject({ low: correct.low, high: correct.high });
          return;
        }
        if (!missing.unknown) return; // refused for another reason (two hedges): never a reading
        expect(word.includes(missing.unknown.word)).toBe(true);
        for (const place of advisedPlaces(figure, less, missing.unknown, correct)) {
          const again = parseFigure(figure, withWord(less, missing.unknown.word, place));
          expect(again.figure, `${tag} "${figure}": ${placeName(place)}`).toMatchObject({
            low: correct.low,
            high: correct.high,
          });
          expect(again.figure!.qualifier ?? 'exact').toBe(correct.qualifier);
        }
      }),
      { numRuns: Math.min(200, all.length * 2) },
    );
  });

  // Languages whose files have both number words and fraction words (Korean writes its numbers in digits).
  const withFractions = TAGS.filter((tag) => {
    const r = rulesOf(tag);
    return (
      [...r.fractions.keys()].some((f) => /\p{L}/u.test(f)) && [...r.numbers.values()].some((n) => n >= 2 && n < 10)
    );
  });

  it.each(withFractions)(
    '%s: a fraction taken out of the file is never advised as a place that reads it as its integer',
    (tag) => {
      const rules = rulesOf(tag);
      const fractions = [...rules.fractions.keys()].filter((f) => /\p{L}/u.test(f));
      const numbers = [...rules.numbers.entries()].filter(([, n]) => n >= 2 && n < 10);
      fc.assert(
        fc.property(
          fc.constantFrom(...fractions),
          fc.constantFrom(...numbers),
          fc.boolean(),
          (fraction, [number, n], hyphen) => {
            const figure = `${number}${hyphen ? '-' : ' '}${fraction}`;
            const less = without(rules, fraction);
            const missing = parseFigure(figure, less);
            if (!missing.unknown) return;
            // The trap: an editor who took "two-thirds" for 2. No place may make it read so.
            expect(advisedPlaces(figure, less, missing.unknown, { low: n, high: n, qualifier: 'exact' })).toEqual([]);
          },
        ),
        { numRuns: 100 },
      );
    },
  );
});

describe('the places a message may advise', () => {
  it('never offers a unit for a word joined to its number, or after a number word alone', () => {
    expect(candidatePlaces({ word: 'plus', position: 'after', bound: true }).map((p) => p.kind)).not.toContain('units');
    expect(candidatePlaces({ word: 'soldiers', position: 'after', bound: false }).map((p) => p.kind)).toContain(
      'units',
    );
  });

  it('says what the claim would read as, and the kinds that carry a value of their own', () => {
    const en = rulesOf('en');
    const less = without(without(en, 'plus'), '-plus');
    const unknown = parseFigure('11,000-plus', less).unknown!;
    expect(unknownWordAdvice('11,000-plus', less, unknown, { low: 11000, high: 11000, qualifier: 'over' })).toMatch(
      /^read as the claim says \(over 11,000\), it is "hedges" → "over" → "after" in data\/languages\/en\.json/,
    );
    expect(unknownWordAdvice('11,000-plus', less, unknown, { low: 11000, high: 11000, qualifier: 'exact' })).toMatch(
      /^no place that leaves the number alone makes "11,000-plus" read as the claim's exactly 11,000/,
    );
  });
});
