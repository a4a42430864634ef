/** The published ledger (dist/claims.json, dist/claims.csv), from the fixture ledger (tests/fixtures/ledger). */
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import fc from 'fast-check';
import { CSV_COLUMNS, publishedClaims, toCsv, type PublishedClaim } from './publish.ts';
import { fixture } from '../../../tests/fixtures/ledger.ts';

const { ledger } = fixture();
const rows = publishedClaims(ledger);
/** One row with one text cell replaced. */
const withClaimant = (claimant: string): PublishedClaim => ({ ...rows[0], claimant });
/** The CSV as a spreadsheet or a script would read it (d3-dsv, not a reader written for this writer). */
const readBack = (r: PublishedClaim[]) => csvParse(toCsv(r));

describe('publishedClaims', () => {
  it('has one row per claim, in ledger order, with every column', () => {
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

  it("carries the source's language tag and the claim's gloss", () => {
    expect(new Set(rows.map((r) => r.language))).toEqual(new Set(['en']));
    expect(new Set(rows.map((r) => r.gloss))).toEqual(new Set(['']));
    const glossed = {
      ...ledger,
      claims: ledger.claims.map((c) => (c.id === 'unnamed-sent' ? { ...c, gloss: 'A made-up gloss.' } : c)),
    };
    expect(publishedClaims(glossed).find((r) => r.id === 'unnamed-sent')!.gloss).toBe('A made-up gloss.');
  });
});

describe('toCsv', () => {
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

  it('reads back every cell as written', () => {
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
    'The observer mission',
    'officials, who spoke on condition of anonymity',
    'the "harbour" ministry',
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
    const back = readBack([{ ...rows[0], low: -5, high: 2300 }])[0];
    expect([back.low, back.high]).toEqual(['-5', '2300']);
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
