/**
 * What a message may advise for a word no kind of word lists. Each place a word can go either
 * leaves the number alone (a hedge, a count prefix, a unit, a range word) or gives it a value of
 * its own (a number, scale, magnitude, fraction or multiplier word). A place of the first kind is
 * advised only when the figure, with the word there, reads exactly as the claim says: so advice
 * never turns a correct reading into another number or hedge. A place of the second kind is
 * advised with its meaning left to the editor, who gives the value a native reader gives it.
 */
import { HEDGE_QUALIFIERS, type HedgeQualifier } from './figure-rules.ts';
import { describeReading, parseFigure, type ParsedFigure, type UnknownWord } from './figure.ts';
import type { FigureRules, Qualifier } from './types.ts';

/** A place in a language file where a word can be listed. */
export type WordPlace =
  { kind: 'hedges'; qualifier: HedgeQualifier; side: 'before' | 'after' } | { kind: 'prefixes' | 'units' | 'ranges' };

/** Where a place is in the file, as the table in docs/ledger.md ("Word kinds") names it: "hedges → "over" → "after"". */
export function placeName(p: WordPlace): string {
  return p.kind === 'hedges' ? `"hedges" → "${p.qualifier}" → "${p.side}"` : `"${p.kind}"`;
}

/** The rules with one more word in one place: what the file would say once the word is added. */
export function withWord(rules: FigureRules, word: string, place: WordPlace): FigureRules {
  if (place.kind === 'hedges')
    return {
      ...rules,
      hedges: rules.hedges.map((h) =>
        h.qualifier === place.qualifier ? { ...h, [place.side]: [...h[place.side], word] } : h,
      ),
    };
  if (place.kind === 'ranges') return { ...rules, ranges: [...rules.ranges, { before: '', between: word }] };
  return { ...rules, [place.kind]: [...rules[place.kind], word] };
}

/** The places that leave the number alone and could hold a word standing where `unknown` stands. */
export function candidatePlaces(unknown: UnknownWord): WordPlace[] {
  const hedges = (side: 'before' | 'after') =>
    HEDGE_QUALIFIERS.map((qualifier) => ({ kind: 'hedges' as const, qualifier, side }));
  switch (unknown.position) {
    case 'before':
      return [...hedges('before'), ...(unknown.bound ? [] : [{ kind: 'prefixes' as const }])];
    case 'after':
      // A word joined to its number ("two-thirds", "7,000-plus") changes it: never a unit.
      return [...hedges('after'), ...(unknown.bound ? [] : [{ kind: 'units' as const }])];
    case 'between':
      return [{ kind: 'ranges' }];
    default:
      return [];
  }
}

/** The value kinds a word standing there could be, whose meaning only the editor can give. */
export function valueKinds(unknown: UnknownWord): string[] {
  switch (unknown.position) {
    case 'alone':
      return ['numbers', 'magnitudes', 'fractions', 'multipliers'];
    case 'before':
      return ['numbers', 'fractions', 'multipliers'];
    case 'after':
      return ['scales', 'fractions', 'multipliers'];
    default:
      return ['scales', 'numbers'];
  }
}

/** A claim's reading: its low/high and its hedge, exact being no hedge. */
export interface Reading {
  low: number;
  high: number;
  qualifier: Qualifier;
}

const same = (f: ParsedFigure, r: Reading) =>
  f.low === r.low && f.high === r.high && (f.qualifier ?? 'exact') === r.qualifier;

/** The places that make `figure` read exactly as `claim` says, with `unknown.word` added there. */
export function advisedPlaces(figure: string, rules: FigureRules, unknown: UnknownWord, claim: Reading): WordPlace[] {
  return candidatePlaces(unknown).filter((place) => {
    const parsed = parseFigure(figure, withWord(rules, unknown.word, place));
    return parsed.figure !== undefined && same(parsed.figure, claim);
  });
}

/** The message for an unknown word in a claim's figure: the word, and only what the advice allows. */
export function unknownWordAdvice(figure: string, rules: FigureRules, unknown: UnknownWord, claim: Reading): string {
  const places = advisedPlaces(figure, rules, unknown, claim);
  const values = valueKinds(unknown)
    .map((k) => `"${k}"`)
    .join(', ');
  const valued = `if it has a value of its own, it belongs in ${values}, with the value a native reader gives it`;
  const table = '(docs/ledger.md, "Word kinds")';
  if (places.length === 0)
    return (
      `no place that leaves the number alone makes "${figure}" read as the claim's ${describeReading(claim)}; ` +
      `${valued} ${table}`
    );
  return (
    `read as the claim says (${describeReading(claim)}), it is ${places.map(placeName).join(' or ')} in ${rules.file}; ` +
    `${valued} ${table}`
  );
}
