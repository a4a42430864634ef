import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, publishedClaims, toCsv } from './publish.ts';
import { fixture } from '../../../tests/fixtures/ledger.ts';

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

describe('publishedClaims', () => {
  const rows = publishedClaims(fixture().ledger);

  it('has one row per claim, in ledger order, with the fields the README lists', () => {
    expect(rows.map((r) => r.id)).toEqual([
      'gazette-sent',
      'gazette-sent-summary',
      'gazette-lost',
      'gazette-reserve',
      'courier-sent',
      'courier-lost',
      'courier-sent-ministry',
      'courier-crates',
      'unnamed-sent',
    ]);
    for (const r of rows) expect(Object.keys(r).sort()).toEqual([...CSV_COLUMNS].sort());
  });

  it('gives the seed file and the quote’s code-point offsets in it', () => {
    // The unnamed seed: a 51-character fixture line, "NEWS" and a blank line, then the quote (69 characters).
    expect(rows.find((r) => r.id === 'unnamed-sent')).toMatchObject({
      seed: 'fx3_unnamed.txt',
      quote_start: 58,
      quote_end: 127,
      figure: 'Over 1,900',
      low: 1900,
      high: 1900,
      qualifier: 'over',
      restates: '',
      confirmed_by_quote: '',
      confirmed_by_quote_start: '',
    });
  });

  it('publishes a restatement and a confirmation with their own fields', () => {
    expect(rows.find((r) => r.id === 'gazette-sent-summary')).toMatchObject({
      restates: 'gazette-sent',
      quote_start: 155,
      quote_end: 197,
    });
    expect(rows.find((r) => r.id === 'gazette-reserve')).toMatchObject({
      confirmed_by_claimant: 'An allied analyst',
      confirmed_by_claimant_key: 'allied-analyst',
      confirmed_by_quote: 'An allied analyst confirmed the plan, saying other reports pointed the same way.',
      confirmed_by_quote_start: 643,
      confirmed_by_quote_end: 723,
    });
  });
});

describe('toCsv', () => {
  const rows = publishedClaims(fixture().ledger);
  const csv = toCsv(rows);

  it('writes a header and one CRLF-terminated row per claim', () => {
    expect(csv.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(rows.length + 2);
  });

  it('quotes cells with commas or quotes, doubling the quotes', () => {
    // unnamed-sent's claimant is: not attributed ("it is reported")
    expect(csv).toContain(',"not attributed (""it is reported"")",unattributed,');
    expect(csv).toContain(
      ',"Over 1,900 volunteers were sent to the Fenmark front, it is reported.",fx3_unnamed.txt,58,127,',
    );
  });

  it('round-trips every cell, quotes and commas included', () => {
    const back = readCsv(csv);
    expect(back[0]).toEqual(CSV_COLUMNS);
    expect(back).toHaveLength(rows.length + 1);
    back.slice(1).forEach((cells, i) => {
      expect(cells).toEqual(CSV_COLUMNS.map((k) => String(rows[i][k])));
    });
  });
});
