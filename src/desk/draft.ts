/**
 * What the desk's page and its server exchange: the editor's work (a draft, kept in the page until
 * it is published) and the server's answers. Types and pure helpers only, shared by both sides.
 */

/** The fields of "Add a report", as the editor fills them in. */
export interface ArticleFields {
  text: string;
  /** A BCP 47 tag with a data/languages file. */
  language: string;
  outlet: string;
  outlet_note: string;
  edition: string;
  byline: string;
  headline: string;
  /** YYYY-MM-DD or "". */
  date: string;
  /** The date as the text prints it; "not stated" when empty and there is no date. */
  date_text: string;
  translation: boolean;
  reposting: string;
}

/** One figure marked in the article. Its low, high and qualifier are never sent: the server reads them. */
export interface ClaimDraft {
  quantity: string;
  figure: string;
  quote: string;
  claimant: string;
  claimant_key: string;
  as_of: string;
  /** A translation of the quote by edition, for each edition whose language is not the source's. */
  gloss: Record<string, string>;
}

export interface NewClaimant {
  key: string;
  label: Record<string, string>;
  kind: string;
}

/** A reader-facing text an edition lacks, and what the editor wrote for it. */
export interface TextFix {
  file: string;
  entry: string;
  field: string;
  lang: string;
  value: string;
}

export interface Draft {
  /** The saved source's id. */
  source: string;
  claims: ClaimDraft[];
  claimants: NewClaimant[];
  /** Steps whose copy the editor has read against the new claims. */
  reviewed: string[];
  texts: TextFix[];
}

/** A project file's hash as the desk read it, by path; "missing" for a file that did not exist. */
export type Hashes = Record<string, string>;

/** One chart's facts, as its summary states them. */
export interface ChartFacts {
  spread: string;
  estimates: number;
  outlets: number;
  summary: string;
}

export interface Report {
  charts: { quantity: string; label: string; before: ChartFacts | null; after: ChartFacts | null }[];
  bands: { flow: string; label: string; before: string; after: string }[];
  /** Steps whose copy goes stale, the claims to read them against, their text in every edition. */
  stale: { step: string; claims: string[]; texts: { lang: string; text: string }[] }[];
  /** Texts an edition lacks (a new claimant's label, a gloss). */
  missing: Omit<TextFix, 'value'>[];
  /** Problems the checks find in the data as it would be published. */
  errors: string[];
}

/** A slug from any words: "Fixture Broadcaster" → "fixture-broadcaster". */
export function slugOf(words: string): string {
  const s = words
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (/^[a-z]/.test(s) ? s : `s-${s}`).slice(0, 56).replace(/-+$/, '');
}

/**
 * The sentence of `text` around [start, end) (Intl.Segmenter in the text's language), widened to
 * hold the whole selection: the quote a figure defaults to.
 */
export function sentenceAround(text: string, start: number, end: number, lang: string): [number, number] {
  const segments = [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)];
  const first = segments.findLast((s) => s.index <= start) ?? segments[0];
  const last = segments.find((s) => s.index + s.segment.length >= end) ?? segments[segments.length - 1];
  let from = first.index;
  let to = last.index + last.segment.length;
  while (from < to && /\s/u.test(text[from])) from++;
  while (to > from && /\s/u.test(text[to - 1])) to--;
  return [from, to];
}
