/**
 * The ledger's types: what every data file becomes after validation.
 * Strings from data/ are converted to these once, in `validate.ts`; past that point code trusts them.
 */

import type { Country, Flow, Place, View } from './geography.ts';

export { COUNTRY_ROLES, FLOW_KINDS, FLOW_STATUSES, PLACE_ROLES } from './geography.ts';
export type { Country, CountryPart, Flow, FlowKind, FlowStatus, Place, View } from './geography.ts';

/** How the text hedges a figure. */
export const QUALIFIERS = ['exact', 'about', 'over', 'under', 'up to', 'range', 'order of magnitude'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export interface Source {
  id: string;
  /** File name inside seeds/. */
  file: string;
  /** The outlet as the text names it, or "unnamed". */
  outlet: string;
  outlet_note: string;
  byline: string;
  /** ISO date (YYYY-MM-DD) or "" when the text gives none. */
  date: string;
  /** The date as the text prints it, or how it was inferred. */
  date_text: string;
  /** The text's language as a canonical BCP 47 tag ("en", "ko", "ar"); its figures are read by its rules. */
  language: string;
  /** The direction the language is written in, resolved from the tag when the ledger is read. */
  dir: 'ltr' | 'rtl';
  /**
   * A tag whose digit grouping and decimal mark the text follows when they are not its language's
   * (an English text that writes "10.000" for ten thousand), as an editor states it; "" otherwise.
   */
  number_format: string;
  /** Which edition of the outlet this is ("Arabic service"), in the edition's words; "" when one. */
  edition: string;
  translation: boolean;
  /** What the text shows of where it was carried from, in the edition's words; "" when nothing. */
  reposting: string;
  /**
   * The id of a source this one is a reposting of, when its text says so ("Source: CNN"): the two
   * are one outlet. "" otherwise.
   */
  reposts: string;
  headline: string;
  /**
   * Who publishes it, for counting outlets: the named outlet (its editions and language services
   * are one outlet), the outlet of the source it declares it reposts, or the source itself when it
   * names none. Resolved once, when the ledger is read.
   */
  outlet_key: string;
}

export interface Quantity {
  id: string;
  label: string;
  unit: string;
  definition: string;
  /** Whether the story charts the spread of this quantity's estimates. */
  spread: boolean;
  /**
   * Whether a flow this quantity sizes is drawn to scale, its width the count (troops); otherwise
   * at a fixed width (shipping containers). Flows to scale in one unit share one scale.
   */
  to_scale: boolean;
}

/**
 * A row of the magnitude table (data/magnitudes.json): a plural word for an order of magnitude
 * ("thousands", "수천") reads as this range, drawn as a range of its own kind, never a point.
 */
export interface Magnitude {
  id: string;
  /** The order the word names: 1,000 for "thousands". */
  order: number;
  low: number;
  high: number;
  /** Its name in the edition's language ("thousands", "수천"). */
  name: string;
}

export interface Claimant {
  key: string;
  label: string;
  kind: string;
}

/** Where a quote sits in its seed: code-point offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Confirmation {
  claimant: string;
  claimant_key: string;
  quote: string;
  span: Span;
}

export interface Claim {
  id: string;
  source: string;
  quantity: string;
  /** The words of the quote that state the number, as written (highlighted on the page). */
  figure: string;
  low: number;
  high: number;
  qualifier: Qualifier;
  claimant: string;
  claimant_key: string;
  as_of: string;
  quote: string;
  /** Where the quote sits in its seed. */
  span: Span;
  /** Where the figure sits inside the quote (offsets into `quote`). */
  figure_span: Span;
  /**
   * For an order of magnitude, its name in the edition's language ("thousands", "수천", from
   * data/magnitudes.json); "" otherwise.
   */
  magnitude: string;
  /** Whether the figure's words already name what is counted (a unit: "6,000명"), so copy adds none. */
  counted: boolean;
  /** Id of a claim in the same source that this one repeats (a summary or caption). */
  restates: string;
  confirmed_by: Confirmation | null;
  /**
   * A translation of the quote into the edition's language, shown as such; never checked or cited.
   * "" when the data gives none for the edition (or the quote is in its language).
   */
  gloss: string;
}

export interface Evidence {
  source: string;
  quote: string;
  span: Span;
}

export interface TimelineEvent {
  id: string;
  /** ISO dates bounding when the event happened, as precisely as the text allows. */
  start: string;
  end: string;
  label: string;
  title: string;
  mentions: Evidence[];
}

export interface Ledger {
  sources: Source[];
  magnitudes: Magnitude[];
  quantities: Quantity[];
  claimants: Claimant[];
  claims: Claim[];
  places: Place[];
  flows: Flow[];
  events: TimelineEvent[];
  views: View[];
  countries: Country[];
}

/** One problem found in the data, naming the file and the entry. */
export interface LedgerError {
  file: string;
  entry: string;
  message: string;
}

/** The raw input of validation. */
export interface LedgerInput {
  /** Each data file's text, keyed by its path; undefined when the file is missing. */
  files: Record<string, string | undefined>;
  /** Seed texts keyed by file name. */
  seeds: Record<string, string>;
  /** Files that are not valid UTF-8, by path ("seeds/x.txt", "data/claims.json"), as bytes. */
  undecodable?: Record<string, Uint8Array>;
  /** Set when there is no seeds/ folder at all. */
  noSeedsFolder?: boolean;
}

export type { FigureRules, NumberSymbols } from './figure-rules.ts';
