/**
 * The languages sources are written in. A source's `language` is a BCP 47 tag; its display name
 * and direction come from Intl, its digit grouping and decimal mark from Intl.NumberFormat, and
 * the words its figures use (hedges, ranges, scale and number words) from one data file per
 * language, data/languages/<language subtag>.json. Adding a language is adding that file.
 */
import type { FigureRules, NumberSymbols } from './types.ts';
import { LANGUAGES_DIR, type LanguageWords } from './language-file.ts';

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
