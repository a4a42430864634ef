/**
 * The languages sources are written in. A source's `language` is a BCP 47 tag; its display name
 * and direction come from Intl, its digit grouping and decimal mark from Intl.NumberFormat, and
 * the words its figures use (hedges, ranges, scale and number words) from one data file per
 * language, data/languages/<language subtag>.json. Adding a language is adding that file.
 */
import type { EntryReader } from './fields.ts';
import { HEDGE_QUALIFIERS, type MagnitudeRule } from './figure-rules.ts';
import type { FigureRules, NumberSymbols } from './types.ts';

export const LANGUAGES_DIR = 'data/languages';

/** The words of one language, as its data file states them. */
export interface LanguageWords {
  language: string;
  wordBoundaries: boolean;
  numberingSystems: string[];
  hedges: FigureRules['hedges'];
  prefixes: string[];
  ranges: FigureRules['ranges'];
  numbers: Map<string, number>;
  scales: Map<string, number>;
  magnitudes: Map<string, MagnitudeRule>;
  fractions: Map<string, number | null>;
  multipliers: Map<string, number>;
  units: string[];
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

const SPACE_LIKE = /^[\s\u00a0\u202f]$/u;

/** How `tag` writes digits, by its default numbering system, Latin digits and any it names. */
export function numberSymbols(tag: string, systems: string[] = []): NumberSymbols {
  const group = new Set<string>();
  const decimal = new Set<string>();
  let primary = 3;
  let secondary = 3;
  for (const ns of [undefined, 'latn', ...systems]) {
    const parts = new Intl.NumberFormat(tag, ns ? { numberingSystem: ns } : {}).formatToParts(1234567890.5);
    for (const p of parts) {
      if (p.type === 'group') group.add(SPACE_LIKE.test(p.value) ? ' ' : p.value);
      if (p.type === 'decimal') decimal.add(p.value);
    }
    if (ns === undefined) {
      const runs = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
      primary = runs[runs.length - 1];
      secondary = runs.length > 2 ? runs[runs.length - 2] : primary;
    }
  }
  return { group: [...group], decimal: [...decimal], primary, secondary };
}

export type ResolvedLanguage =
  | { tag: string; dir: 'ltr' | 'rtl'; rules: FigureRules }
  /** `field` names the source field at fault: "language" unless it is "number_format". */
  | { problem: string; field?: 'number_format' };

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The English name of a tag ("Korean"), from Intl. */
export function languageName(tag: string, locale = 'en'): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
}

/**
 * Resolves a source's language tag: canonical form, direction, and the rules its figures are
 * read by. A tag Intl does not know, or one with no data/languages file, is a problem.
 */
/** A known tag in canonical form, or a problem. */
function canonical(value: string): { tag: string; name: string } | { problem: string } {
  let tag: string;
  try {
    [tag] = Intl.getCanonicalLocales(value);
  } catch {
    return { problem: `"${value}" is not a BCP 47 language tag (such as "en", "ko" or "pt-BR")` };
  }
  const name = tag ? names.of(tag) : undefined;
  if (name === undefined) {
    return { problem: `"${value}" is not a language tag Intl knows; use a BCP 47 tag such as "en", "ko" or "ar"` };
  }
  return { tag, name };
}

/** "kr" is Kanuri; an editor who wrote it probably meant the language of South Korea. */
function regionHint(value: string, words: Map<string, LanguageWords>): string {
  try {
    const region = value.toUpperCase();
    const language = new Intl.Locale(`und-${region}`).maximize().language;
    const country = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(region);
    if (language !== 'und' && language !== value.toLowerCase() && words.has(language) && country) {
      return `; "${value}" is also the code of ${country}: did you mean "${language}" (${names.of(language)})?`;
    }
  } catch {
    // Not a region code either: no hint.
  }
  return '';
}

export function resolveLanguage(value: string, words: Map<string, LanguageWords>, numberFormat = ''): ResolvedLanguage {
  const known = canonical(value);
  if ('problem' in known) return known;
  const { tag, name } = known;
  const locale = new Intl.Locale(tag);
  const lang = words.get(locale.language);
  if (!lang) {
    return {
      problem:
        `no figure rules for ${name} ("${locale.language}"): add ${LANGUAGES_DIR}/${locale.language}.json ` +
        `(docs/ledger.md, "Adding a language of sources")${regionHint(value, words)}`,
    };
  }
  const digits = numberFormat ? canonical(numberFormat) : null;
  if (digits && 'problem' in digits) return { problem: digits.problem, field: 'number_format' };
  const rules: FigureRules = {
    tag,
    name: digits ? `${name} ("${tag}", digits written as in "${digits.tag}")` : `${name} ("${tag}")`,
    file: `${LANGUAGES_DIR}/${locale.language}.json`,
    wordBoundaries: lang.wordBoundaries,
    hedges: lang.hedges,
    prefixes: lang.prefixes,
    ranges: lang.ranges,
    numbers: lang.numbers,
    scales: lang.scales,
    magnitudes: lang.magnitudes,
    fractions: lang.fractions,
    multipliers: lang.multipliers,
    units: lang.units,
    symbols: numberSymbols(digits ? digits.tag : tag, lang.numberingSystems),
  };
  return { tag, dir: textDirection(tag), rules };
}

/** The direction a language is written in, from Intl.Locale's text info ("ar" → "rtl"). */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const info = new Intl.Locale(tag) as Intl.Locale & {
    textInfo?: { direction?: string };
    getTextInfo?: () => { direction?: string };
  };
  return (info.getTextInfo?.() ?? info.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
}
