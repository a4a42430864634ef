/**
 * The published form of the ledger: dist/claims.json and dist/claims.csv, one row per claim with
 * its quote's code-point offsets in its seed file, its source's language and its gloss.
 */
import type { Ledger } from './types.ts';

export interface PublishedClaim {
  id: string;
  source: string;
  quantity: string;
  low: number;
  high: number;
  qualifier: string;
  claimant: string;
  claimant_key: string;
  as_of: string;
  quote: string;
  /** The seed file, under seeds/. */
  seed: string;
  /** Code-point offsets of the quote in the seed, end exclusive. */
  quote_start: number;
  quote_end: number;
  figure: string;
  restates: string;
  /** A second party the article reports confirming the estimate, with its own quote; empty if none. */
  confirmed_by_claimant: string;
  confirmed_by_claimant_key: string;
  confirmed_by_quote: string;
  confirmed_by_quote_start: number | '';
  confirmed_by_quote_end: number | '';
  /** The source's language, a BCP 47 tag ("en"): the language `quote` and `figure` are in. */
  language: string;
  /** An English translation of a quote in another language, shown as such; "" when none. */
  gloss: string;
}

export const CSV_COLUMNS: (keyof PublishedClaim)[] = [
  'id',
  'source',
  'quantity',
  'low',
  'high',
  'qualifier',
  'claimant',
  'claimant_key',
  'as_of',
  'quote',
  'seed',
  'quote_start',
  'quote_end',
  'figure',
  'restates',
  'confirmed_by_claimant',
  'confirmed_by_claimant_key',
  'confirmed_by_quote',
  'confirmed_by_quote_start',
  'confirmed_by_quote_end',
  // New columns go last, so a reader that counts columns keeps working.
  'language',
  'gloss',
];

export function publishedClaims(ledger: Ledger): PublishedClaim[] {
  return ledger.claims.map((c) => {
    const source = ledger.sources.find((s) => s.id === c.source);
    if (!source) throw new Error(`claim ${c.id}: unknown source ${c.source}`);
    return {
      id: c.id,
      source: c.source,
      quantity: c.quantity,
      low: c.low,
      high: c.high,
      qualifier: c.qualifier,
      claimant: c.claimant,
      claimant_key: c.claimant_key,
      as_of: c.as_of,
      quote: c.quote,
      seed: source.file,
      quote_start: c.span.start,
      quote_end: c.span.end,
      figure: c.figure,
      restates: c.restates,
      confirmed_by_claimant: c.confirmed_by?.claimant ?? '',
      confirmed_by_claimant_key: c.confirmed_by?.claimant_key ?? '',
      confirmed_by_quote: c.confirmed_by?.quote ?? '',
      confirmed_by_quote_start: c.confirmed_by?.span.start ?? '',
      confirmed_by_quote_end: c.confirmed_by?.span.end ?? '',
      language: source.language,
      gloss: c.gloss,
    };
  });
}

/**
 * Text a spreadsheet may run as a formula when it opens the file (OWASP, "CSV Injection"): a
 * cell that begins with =, +, - or @, or with a tab or a carriage return, which OWASP lists too.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled; CRLF rows.
 * Text that begins like a formula is written with a leading ' so that spreadsheets show it as
 * text (claims.json keeps the exact text). Numbers are written as numbers: String() of a number
 * cannot hold a formula.
 */
export function toCsv(rows: PublishedClaim[]): string {
  const cell = (v: string | number) => {
    const s = typeof v === 'string' && FORMULA_START.test(v) ? `'${v}` : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((k) => cell(r[k])).join(','))];
  return lines.join('\r\n') + '\r\n';
}
