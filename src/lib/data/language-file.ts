/**
 * One language's data file, data/languages/<language subtag>.json: the words its figures use
 * (hedges, ranges, scale and number words), each of one kind, read and checked entry by entry.
 * language.ts resolves a source's tag to these words and Intl's digits.
 */
import type { EntryReader } from './fields.ts';
import { HEDGE_QUALIFIERS, type MagnitudeRule } from './figure-rules.ts';
import type { FigureRules } from './types.ts';

export const LANGUAGES_DIR = 'data/languages';

/**
 * The words of one language, as its data file states them: the figure rules but the source's tag,
 * name and file, and the digits' symbols, which come from Intl.
 */
export interface LanguageWords extends Omit<FigureRules, 'symbols' | 'tag' | 'name' | 'file'> {
  language: string;
  numberingSystems: string[];
}

/**
 * The kinds of word a language file lists, each in one place (docs/ledger.md, "Word kinds"). A word has
 * one kind: a word listed twice could read two ways, so the file is refused.
 */
export const WORD_KINDS = [
  'hedges',
  'prefixes',
  'ranges',
  'numbers',
  'scales',
  'magnitudes',
  'fractions',
  'multipliers',
  'units',
] as const;
export type WordKind = (typeof WORD_KINDS)[number];

/**
 * The places one word may share: a number word that is also a scale ("mille": 1,000 alone, or
 * "3 mille"), and a scale that, standing alone, names an order of magnitude ("тысячи").
 */
const SHARED = new Set(['numbers scales', 'scales magnitudes']);

/** Every word of a language file with the place it is listed in ("hedges.over.after"), for the one-kind rule. */
export function wordPlaces(
  w: Omit<LanguageWords, 'language' | 'wordBoundaries' | 'numberingSystems'>,
): [string, string][] {
  return [
    ...w.hedges.flatMap((h) => [
      ...h.before.map((x): [string, string] => [x, `hedges.${h.qualifier}.before`]),
      ...h.after.map((x): [string, string] => [x, `hedges.${h.qualifier}.after`]),
    ]),
    ...w.prefixes.map((x): [string, string] => [x, 'prefixes']),
    ...[...w.numbers.keys()].map((x): [string, string] => [x, 'numbers']),
    ...[...w.scales.keys()].map((x): [string, string] => [x, 'scales']),
    ...[...w.magnitudes.keys()].map((x): [string, string] => [x, 'magnitudes']),
    ...[...w.fractions.keys()].map((x): [string, string] => [x, 'fractions']),
    ...[...w.multipliers.keys()].map((x): [string, string] => [x, 'multipliers']),
    ...w.units.map((x): [string, string] => [x, 'units']),
  ];
}

/**
 * Reads one data/languages/<tag>.json object; problems go to the reader's errors. `orders` is the
 * magnitude table (data/magnitudes.json) by the order each row reads ("thousands" is 1,000).
 */
export function readLanguageFile(r: EntryReader, fileTag: string, orders: Map<number, MagnitudeRule>): LanguageWords {
  const language = r.string('language', { nonEmpty: true });
  if (language !== fileTag) r.fail(`field "language" is "${language}", but the file is named for "${fileTag}"`);
  const lower = (words: string[]) => words.map((w) => w.normalize('NFC').toLocaleLowerCase(language || 'und'));
  const kinds = HEDGE_QUALIFIERS.map((q) => `"${q}"`).join(', ');
  if (!r.has('hedges')) r.fail(`field "hedges" must be an object of ${kinds} words`);
  const hedges =
    r.object('hedges', (h) => {
      const out = HEDGE_QUALIFIERS.flatMap((qualifier) => {
        if (!h.has(qualifier)) h.fail(`field "${qualifier}" must list its words ({ "before": [], "after": [] })`);
        const one = h.object(qualifier, (w) => {
          const v = { qualifier, before: lower(w.strings('before')), after: lower(w.strings('after')) };
          w.done();
          return v;
        });
        return one ? [one] : [];
      });
      h.done();
      return out;
    }) ?? [];
  const ranges = r.list('ranges', (x) => {
    const v = {
      before: lower([x.string('before', { optional: true })])[0],
      between: lower([x.string('between', { nonEmpty: true })])[0],
    };
    x.done();
    return v;
  });
  const map = (field: string) => new Map([...r.numberMap(field)].map(([k, v]) => [lower([k])[0], v]));
  const magnitudes = new Map<string, MagnitudeRule>();
  for (const [word, order] of map('magnitudes')) {
    const rule = orders.get(order);
    if (rule) magnitudes.set(word, rule);
    else
      r.fail(
        `magnitude "${word}" is ${order}, an order data/magnitudes.json has no row for ` +
          `(it has ${[...orders.keys()].join(', ') || 'none'})`,
      );
  }
  const fractions = new Map<string, number | null>();
  r.object('fractions', (f) => {
    for (const key of f.keys()) {
      const v = f.raw(key);
      if (v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 2)) fractions.set(lower([key])[0], v);
      else
        f.fail(
          `fraction "${key}" must be the whole it divides by (2 for "half", 3 for "thirds"), or null ` +
            'when the language file leaves its meaning undefined (refused by name)',
        );
    }
    return null;
  });
  if (!r.has('fractions')) r.fail('field "fractions" must be an object of fraction words ({ "half": 2 }), {} if none');
  const words: LanguageWords = {
    language,
    wordBoundaries: r.boolean('word_boundaries'),
    numberingSystems: r.strings('numbering_systems'),
    hedges,
    prefixes: lower(r.strings('prefixes')),
    ranges,
    numbers: map('numbers'),
    scales: map('scales'),
    magnitudes,
    fractions,
    multipliers: map('multipliers'),
    units: lower(r.strings('units')),
  };
  const seen = new Map<string, string>();
  for (const [word, place] of wordPlaces(words)) {
    const first = seen.get(word);
    const kind = (p: string) => p.replace(/\.(before|after)$/, '');
    if (first && kind(first) !== kind(place) && !SHARED.has(`${first} ${place}`))
      r.fail(`"${word}" is listed in ${first} and in ${place}: a word has one kind, or a figure could read two ways`);
    else seen.set(word, place);
  }
  return words;
}
