import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import fc from 'fast-check';
import { CSV_COLUMNS, publishedClaims, toCsv, type PublishedClaim } from './publish.ts';
import { buildLedger } from './validate.ts';
import { readLedgerInput } from '../../../scripts/lib/load.ts';

describe('published ledger', () => {
  const input = readLedgerInput();
  const ledger = buildLedger(input).ledger!;
  const rows = publishedClaims(ledger);
  /** One real row with one text cell replaced. */
  const withClaimant = (claimant: string): PublishedClaim => ({ ...rows[0], claimant });
  /** The CSV as a spreadsheet or a script would read it (d3-dsv, not a reader written for this writer). */
  const readBack = (r: PublishedClaim[]) => csvParse(toCsv(r));

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
          'language',
          'gloss',
        ]),
      );
      const seed = Array.from(input.seeds[r.seed]);
      const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
      expect(squash(seed.slice(r.quote_start, r.quote_end).join('')), r.id).toBe(squash(r.quote));
    }
  });

  it("carries the source's language tag and the claim's gloss", () => {
    for (const r of rows) {
      const claim = ledger.claims.find((c) => c.id === r.id)!;
      expect(r.language, r.id).toBe(ledger.sources.find((s) => s.id === claim.source)!.language);
      expect(r.language, r.id).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
      expect(r.gloss, r.id).toBe(claim.gloss);
    }
  });

  it('CSV has one row per claim, CRLF line ends, and every real cell reads back as written', () => {
    const csv = toCsv(rows);
    expect(csv.split('\r\n')).toHaveLength(rows.length + 2);
    const back = csvParse(csv);
    expect(back.columns).toEqual(CSV_COLUMNS);
    expect(back).toHaveLength(rows.length);
    back.forEach((cells, i) => {
      for (const k of CSV_COLUMNS) expect(cells[k], `${rows[i].id}.${k}`).toBe(String(rows[i][k]));
    });
  });

  it.each([
    '=HYPERLINK("http://127.0.0.1/x","click")',
    '+1+2',
    "-2+3+cmd|' /C calc'!A0",
    '@SUM(A1:A9)',
    '\t=1+2',
    '\r=1+2',
  ])('writes %j, which a spreadsheet would run, as text', (claimant) => {
    const cell = readBack([withClaimant(claimant)])[0].claimant;
    expect(cell).toBe(`'${claimant}`);
    expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it.each([
    'Western officials',
    'officials, who spoke on condition of anonymity',
    'the "Kim" regime',
    'line one\r\nline two',
    '– a quote that opens with an en dash',
    '— or an em dash',
    ' a leading space',
    "'already quoted",
    '',
  ])('round-trips the ordinary text %j unchanged', (claimant) => {
    expect(readBack([withClaimant(claimant)])[0].claimant).toBe(claimant);
  });

  it('writes numbers as numbers, a negative one included', () => {
    const back = readBack([{ ...rows[0], low: -5, high: 12000 }])[0];
    expect([back.low, back.high]).toEqual(['-5', '12000']);
  });

  it('any text reads back exactly, or with one leading quote when it begins like a formula', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', ' ', ',', '"', "'", '\r', '\n', '\t', '=', '+', '-', '@', 'é'),
    });
    fc.assert(
      fc.property(text, text, (claimant, quote) => {
        const back = readBack([{ ...withClaimant(claimant), quote }])[0];
        const expected = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
        return back.claimant === expected(claimant) && back.quote === expected(quote);
      }),
    );
  });
});
