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

export interface FigureRules {
  /** The source's tag, for lower-casing and for messages. */
  tag: string;
  /** "English (en)", for messages. */
  name: string;
  /** Whether hedges and words must stand apart from their neighbours (false for Korean: "4천여"). */
  wordBoundaries: boolean;
  hedges: { qualifier: 'about' | 'over' | 'up to'; before: string[]; after: string[] }[];
  /** "between … and …" is { before: 'between', between: 'and' }; "… to …" has before "". */
  ranges: { before: string; between: string }[];
  numbers: Map<string, number>;
  scales: Map<string, number>;
  /** Words for an order of magnitude standing alone: "thousands" → 1,000. */
  magnitudes: Map<string, number>;
  /** Words that may follow the number without changing it: "times", "명". */
  units: string[];
  symbols: NumberSymbols;
}
