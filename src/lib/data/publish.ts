/**
 * The published form of the ledger: dist/claims.json and dist/claims.csv, one row per claim with
 * its quote's code-point offsets in its seed file.
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
    };
  });
}

/** RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled; CRLF rows. */
export function toCsv(rows: PublishedClaim[]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((k) => cell(r[k])).join(','))];
  return lines.join('\r\n') + '\r\n';
}
