/**
 * How a source's language reads figures: resolved from data/languages and Intl (language.ts), and
 * used by the figure parser (figure.ts, number.ts). Re-exported by types.ts with the ledger's types.
 */

/** How a language writes digits: from Intl.NumberFormat's parts for the source's tag. */
export interface NumberSymbols {
  /** Characters that group digits (all space-like characters count as one). */
  group: string[];
  /** Characters that mark decimals. */
  decimal: string[];
  /** Digits in the last group before the decimal mark (3), and in the groups before it (3; 2 in en-IN). */
  primary: number;
  secondary: number;
}

/** The hedges a word can carry: each is a qualifier of the ledger. */
export const HEDGE_QUALIFIERS = ['about', 'over', 'under', 'up to'] as const;
export type HedgeQualifier = (typeof HEDGE_QUALIFIERS)[number];

/**
 * An order of magnitude a plural word names ("thousands"), and the range it is read as
 * (data/magnitudes.json: "thousands" is 2,000–9,999): one rule for every language.
 */
export interface MagnitudeRule {
  /** The table's id ("thousands"). */
  id: string;
  low: number;
  high: number;
}

export interface FigureRules {
  /** The source's tag, for lower-casing and for messages. */
  tag: string;
  /** "English (en)", for messages. */
  name: string;
  /** The language file the words come from ("data/languages/en.json"), for messages. */
  file: string;
  /** Whether hedges and words must stand apart from their neighbours (false for Korean: "4천여"). */
  wordBoundaries: boolean;
  hedges: { qualifier: HedgeQualifier; before: string[]; after: string[] }[];
  /** Words before a count that change nothing: "a total of", "총". */
  prefixes: string[];
  /** "between … and …" is { before: 'between', between: 'and' }; "… to …" has before "". */
  ranges: { before: string; between: string }[];
  numbers: Map<string, number>;
  scales: Map<string, number>;
  /** Plural words for an order of magnitude standing alone: "thousands" → 2,000–9,999. */
  magnitudes: Map<string, MagnitudeRule>;
  /**
   * Fraction words and the part of a whole each names: "thirds" → 3 (a third), "half" → 2. A word
   * whose meaning the file leaves null is known as a fraction and refused by name.
   */
  fractions: Map<string, number | null>;
  /** Multiplier words and their factor: "triple" → 3, "times" → 1 ("three times"). */
  multipliers: Map<string, number>;
  /** Words that may follow the number without changing it: "soldiers", "명". */
  units: string[];
  symbols: NumberSymbols;
}
