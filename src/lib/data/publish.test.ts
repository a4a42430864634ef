import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, publishedClaims, toCsv } from './publish.ts';
import { buildLedger } from './validate.ts';
import { readLedgerInput } from '../../../scripts/lib/load.ts';

/** A small RFC 4180 reader, enough to read back what toCsv writes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += ch;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

describe('published ledger', () => {
  const input = readLedgerInput();
  const rows = publishedClaims(buildLedger(input).ledger!);

  it('has every field the issue names, with offsets that point at the quote', () => {
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining([
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
          'quote_start',
          'quote_end',
        ]),
      );
      const seed = Array.from(input.seeds[r.seed]);
      const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
      expect(squash(seed.slice(r.quote_start, r.quote_end).join('')), r.id).toBe(squash(r.quote));
    }
  });

  it('CSV round-trips every cell, quotes and commas included', () => {
    const back = readCsv(toCsv(rows));
    expect(back[0]).toEqual(CSV_COLUMNS);
    expect(back).toHaveLength(rows.length + 1);
    back.slice(1).forEach((cells, i) => {
      expect(cells).toEqual(CSV_COLUMNS.map((k) => String(rows[i][k])));
    });
  });
});
