/**
 * Each kind of bad input is refused with a message that names the file, the entry and the real
 * problem. Runs the real validation on the real files with one thing changed.
 */
import { describe, expect, it } from 'vitest';
import { buildLedger, DATA_FILES, formatErrors, type LedgerInput } from './validate.ts';
import { sliceCodePoints } from '../../../tests/helpers/text.ts';
import { MAX_QUOTE } from './text.ts';
import { readLedgerInput } from '../../../scripts/lib/load.ts';

const BASE = readLedgerInput();
type Row = Record<string, unknown>;
const rowsOf = (file: string) => JSON.parse(String(BASE.files[file])) as Row[];

function withFile(file: string, body: string | undefined): LedgerInput {
  return { ...BASE, files: { ...BASE.files, [file]: body } };
}
function edit(file: string, change: (rows: Row[]) => void): LedgerInput {
  const rows = rowsOf(file);
  change(rows);
  return withFile(file, JSON.stringify(rows, null, 2));
}
const first = (file: string) => rowsOf(file)[0];
function errorsOf(input: LedgerInput): string {
  const { ledger, errors } = buildLedger(input);
  expect(ledger).toBeNull();
  return formatErrors(errors);
}

describe('ids are slugs, because they name files and URLs', () => {
  it.each([
    [DATA_FILES.views, '../../../../tmp/escape'],
    [DATA_FILES.views, '../x'],
    [DATA_FILES.quantities, 'troops#top'],
    [DATA_FILES.claims, 'a?b=c'],
    [DATA_FILES.places, 'Pyongyang'],
  ])('%s refuses the id %j', (file, id) => {
    const input = edit(file, (rows) => (rows[0].id = id));
    expect(errorsOf(input)).toContain(
      `${file} [${id}]: id "${id}" is not a slug: use lower-case letters, digits, "-" and "_", starting with a letter`,
    );
  });
});

describe('text files', () => {
  const seedName = Object.keys(BASE.seeds)[0];
  const seed = BASE.seeds[seedName];

  it('refuses bad UTF-8 with the file and the byte offset', () => {
    const bytes = new TextEncoder().encode(seed);
    const bad = Uint8Array.from([...bytes.slice(0, 10), 0xff, ...bytes.slice(10)]);
    const errors = errorsOf({ ...BASE, undecodable: { [`seeds/${seedName}`]: bad } });
    expect(errors).toContain(`seeds/${seedName} [(file)]: is not valid UTF-8: byte 0xff at byte offset 10`);
  });

  it("strips a seed's byte-order mark with a note, and counts offsets as a browser reads the text", () => {
    const plain = buildLedger(BASE);
    const bom = buildLedger({ ...BASE, seeds: { ...BASE.seeds, [seedName]: `\ufeff${seed}` } });
    expect(bom.errors).toEqual([]);
    expect(bom.notes).toEqual([
      `seeds/${seedName}: byte-order mark stripped; quote offsets count from the text after it`,
    ]);
    const spans = (r: typeof plain) => r.ledger!.claims.map((c) => c.span);
    expect(spans(bom)).toEqual(spans(plain));
    const claim = bom.ledger!.claims.find(
      (c) => bom.ledger!.sources.find((s) => s.id === c.source)!.file === seedName,
    )!;
    // The text a browser's fetch().text() gives (the BOM stripped) holds the quote at the offsets.
    const browser = new TextDecoder().decode(new TextEncoder().encode(`\ufeff${seed}`));
    expect(sliceCodePoints(browser, claim.span).replace(/\s+/g, ' ')).toBe(claim.quote.trim().replace(/\s+/g, ' '));
  });

  it('refuses a byte-order mark in a JSON file', () => {
    const input = withFile(DATA_FILES.claims, `\ufeff${String(BASE.files[DATA_FILES.claims])}`);
    expect(errorsOf(input)).toContain('unexpected byte-order mark at the start of data/claims.json');
  });

  it('refuses bidi embedding, override and isolate controls, and keeps the directional marks', () => {
    for (const control of ['\u202a', '\u202e', '\u2066', '\u2069']) {
      const input = edit(DATA_FILES.claims, (rows) => (rows[0].claimant = `${control}evil`));
      expect(errorsOf(input)).toMatch(
        /^data\/claims\.json \[\(file\)\]: holds the bidi control U\+20[26][0-9A-E] at line \d+/m,
      );
    }
    const marks = edit(DATA_FILES.claims, (rows) => (rows[0].claimant = `\u200f${String(rows[0].claimant)}\u200e`));
    expect(buildLedger(marks).errors).toEqual([]);
  });

  it(`caps a quote at ${MAX_QUOTE} characters`, () => {
    const id = String(first(DATA_FILES.claims).id);
    const input = edit(DATA_FILES.claims, (rows) => (rows[0].quote = 'x'.repeat(MAX_QUOTE + 1)));
    expect(errorsOf(input)).toContain(
      `data/claims.json [${id}]: field "quote" is ${MAX_QUOTE + 1} characters long; a quote is at most ${MAX_QUOTE}`,
    );
  });

  it('refuses a key given twice, with its line', () => {
    const text = String(BASE.files[DATA_FILES.claims]);
    const twice = text.replace('"low":', '"low": 1,\n    "low":');
    const line = twice.slice(0, twice.indexOf('"low": 1,')).split('\n').length + 1;
    expect(errorsOf(withFile(DATA_FILES.claims, twice))).toContain(
      `data/claims.json [(file)]: key "low" is given twice in one object (line ${line})`,
    );
  });
});

describe('numbers and empty files say what is wrong', () => {
  it('"Infinity is not a count"', () => {
    const id = String(first(DATA_FILES.claims).id);
    const text = JSON.stringify(rowsOf(DATA_FILES.claims).map((c, i) => (i === 0 ? { ...c, high: 8.125 } : c)));
    expect(errorsOf(withFile(DATA_FILES.claims, text.replace('8.125', '1e999')))).toContain(
      `data/claims.json [${id}]: field "high": Infinity is not a count`,
    );
  });

  it('low above high is refused', () => {
    const input = edit(DATA_FILES.claims, (rows) => {
      rows[0].low = 30000;
      rows[0].high = 25000;
    });
    expect(errorsOf(input)).toContain(
      `data/claims.json [${String(first(DATA_FILES.claims).id)}]: low (30000) is above high (25000)`,
    );
  });

  it.each([
    [DATA_FILES.claims, 'claims.json holds no claims'],
    [DATA_FILES.events, 'events.json holds no events'],
    [DATA_FILES.places, 'places.json holds no places'],
    [DATA_FILES.flows, 'flows.json holds no flows'],
    [DATA_FILES.views, 'views.json holds no views'],
  ])('an empty %s', (file, message) => {
    expect(errorsOf(withFile(file, '[]'))).toContain(`${file} [(file)]: ${message}`);
  });

  it('"seeds/ folder is missing"', () => {
    expect(errorsOf({ ...BASE, seeds: {}, noSeedsFolder: true })).toContain(
      'seeds/ [(folder)]: seeds/ folder is missing',
    );
  });
});

describe('sources and seeds are all accounted for', () => {
  it('a source with no claims is named', () => {
    const source = rowsOf(DATA_FILES.sources)[0];
    const input = edit(DATA_FILES.sources, (rows) =>
      rows.push({ ...source, id: 'extra-edition', edition: 'Arabic service' }),
    );
    expect(errorsOf(input)).toContain(
      'data/sources.json [extra-edition]: no claim in data/claims.json comes from this source',
    );
  });

  it('a seed file with no source entry is named', () => {
    const errors = errorsOf({ ...BASE, seeds: { ...BASE.seeds, 'new_report.txt': 'An article nobody has entered.' } });
    expect(errors).toContain('seeds/new_report.txt [(file)]: has no entry in data/sources.json');
  });
});

describe('figures are read by the source language, and ambiguity is refused', () => {
  /** The real data plus one made-up English source whose only claim states `figure`. */
  function withEnglishFigure(figure: string, low: number, high: number, qualifier: string): LedgerInput {
    const seed = `FIXTURE: made-up text for tests; not a news report.\nOfficials said ${figure} soldiers were sent.`;
    const sources = [
      ...rowsOf(DATA_FILES.sources),
      { ...first(DATA_FILES.sources), id: 'fixture-en', file: 'fixture_en.txt' },
    ];
    const claim = {
      ...first(DATA_FILES.claims),
      id: 'fixture-en-troops',
      source: 'fixture-en',
      figure,
      low,
      high,
      qualifier,
      quote: `Officials said ${figure} soldiers were sent.`,
    };
    delete (claim as Row).restates;
    return {
      seeds: { ...BASE.seeds, 'fixture_en.txt': seed },
      files: {
        ...BASE.files,
        [DATA_FILES.sources]: JSON.stringify(sources),
        [DATA_FILES.claims]: JSON.stringify([...rowsOf(DATA_FILES.claims), claim]),
      },
    };
  }

  it('an English source whose figure is "an estimated 10.000" is refused, naming the claim', () => {
    for (const [low, high] of [
      [10, 10],
      [10000, 10000],
    ]) {
      const errors = errorsOf(withEnglishFigure('an estimated 10.000', low, high, 'about'));
      const line = errors.split('\n').find((l) => l.startsWith('data/claims.json [fixture-en-troops]'));
      expect(line).toMatch(/figure "an estimated 10\.000" is refused: "10\.000" reads two ways/);
      // It proposes no value: neither ten nor ten thousand.
      expect(line).not.toMatch(/\b10(,000|000)?\b(?!\.000)|ten/);
    }
  });

  it('the same made-up source with "an estimated 10,000" passes', () => {
    expect(buildLedger(withEnglishFigure('an estimated 10,000', 10000, 10000, 'about')).errors).toEqual([]);
  });

  it('a source language that is a name, not a tag, is refused', () => {
    const input = edit(DATA_FILES.sources, (rows) => (rows[0].language = 'English'));
    expect(errorsOf(input)).toContain(
      `data/sources.json [${String(first(DATA_FILES.sources).id)}]: field "language": "English" is not a language tag Intl knows`,
    );
  });
});
