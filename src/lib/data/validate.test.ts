import { describe, expect, it } from 'vitest';
import { buildLedger, DATA_FILES, formatErrors, type LedgerInput } from './validate.ts';
import { sliceCodePoints } from '../../../tests/helpers/text.ts';
import { readLedgerInput } from '../../../scripts/lib/load.ts';

/** The real data files, with `edit` applied to one file's parsed JSON. */
function mutate(file: string, edit: (rows: Record<string, unknown>[]) => void): LedgerInput {
  const input = readLedgerInput();
  const rows = JSON.parse(input.files[file]!) as Record<string, unknown>[];
  edit(rows);
  return { ...input, files: { ...input.files, [file]: JSON.stringify(rows, null, 2) } };
}

function errorsOf(input: LedgerInput): string {
  const { ledger, errors } = buildLedger(input);
  expect(ledger).toBeNull();
  return formatErrors(errors);
}

const byId = (rows: Record<string, unknown>[], id: string) => rows.find((r) => r.id === id)!;

describe('buildLedger on the real data', () => {
  const { ledger, errors } = buildLedger(readLedgerInput());

  it('validates with no errors', () => {
    expect(formatErrors(errors)).toBe('');
    expect(ledger).not.toBeNull();
  });

  it('locates every quote: the seed text at the offsets equals the quote up to whitespace', () => {
    const input = readLedgerInput();
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const claim of ledger!.claims) {
      const source = ledger!.sources.find((s) => s.id === claim.source)!;
      expect(squash(sliceCodePoints(input.seeds[source.file], claim.span)), claim.id).toBe(squash(claim.quote));
      const fig = Array.from(claim.quote).slice(claim.figure_span.start, claim.figure_span.end).join('');
      expect(fig, claim.id).toBe(claim.figure);
    }
  });

  it('keeps one claim per source per figure: the same estimate in three outlets is three claims', () => {
    const western = ledger!.claims.filter((c) => c.claimant_key === 'western-officials' && !c.restates);
    expect(new Set(western.map((c) => c.source)).size).toBe(western.length);
    expect(western.length).toBeGreaterThanOrEqual(3);
  });
});

describe('buildLedger catches each kind of bad input with its own message', () => {
  it('an altered quote', () => {
    const input = mutate(DATA_FILES.claims, (rows) => {
      const c = byId(rows, 'cnn-troops');
      c.quote = String(c.quote).replace('suggests', 'suggested');
    });
    expect(errorsOf(input)).toMatch(
      /^data\/claims\.json \[cnn-troops\]: quote does not occur in seeds\/001_3f75a6bb1a18efc2\.txt \(only whitespace may differ\); it matches up to character \d+/m,
    );
  });

  it('a number that differs from its quote', () => {
    const input = mutate(DATA_FILES.claims, (rows) => {
      byId(rows, 'times-killed').low = 601;
    });
    expect(errorsOf(input)).toContain(
      'data/claims.json [times-killed]: the claim says 601 to 600 (low 601, high 600, "exact"), but the figure "600" reads in English ("en") as exactly 600',
    );
  });

  it('a hedge that differs from its figure', () => {
    const input = mutate(DATA_FILES.claims, (rows) => {
      byId(rows, 'translated-troops').qualifier = 'exact';
    });
    expect(errorsOf(input)).toContain(
      'data/claims.json [translated-troops]: the claim says exactly 11,000 (low 11000, high 11000, "exact"), but the figure "over 11,000" reads in English ("en") as over 11,000',
    );
  });

  it('a figure that is not in its quote', () => {
    const input = mutate(DATA_FILES.claims, (rows) => {
      byId(rows, 'cnn-casualties').figure = 'about 5,000';
    });
    expect(errorsOf(input)).toContain(
      'data/claims.json [cnn-casualties]: figure "about 5,000" does not occur in the claim\'s quote',
    );
  });

  it('an unknown source', () => {
    const input = mutate(DATA_FILES.claims, (rows) => {
      byId(rows, 'cnn-troops').source = 'bbc';
    });
    expect(errorsOf(input)).toContain('data/claims.json [cnn-troops]: unknown source "bbc" (not in data/sources.json)');
  });

  it('an unknown claimant key', () => {
    const input = mutate(DATA_FILES.claims, (rows) => {
      byId(rows, 'cnn-troops').claimant_key = 'cia';
    });
    expect(errorsOf(input)).toContain(
      'data/claims.json [cnn-troops]: unknown claimant_key "cia" (not in data/claimants.json)',
    );
  });

  it('an unknown quantity', () => {
    const input = mutate(DATA_FILES.claims, (rows) => {
      byId(rows, 'cnn-troops').quantity = 'tanks';
    });
    expect(errorsOf(input)).toContain(
      'data/claims.json [cnn-troops]: unknown quantity "tanks" (not in data/quantities.json)',
    );
  });

  it('an empty reference', () => {
    const input = mutate(DATA_FILES.claims, (rows) => {
      byId(rows, 'cnn-troops').claimant_key = '';
      byId(rows, 'cnn-casualties').quantity = '';
    });
    const errors = errorsOf(input);
    expect(errors).toContain(
      'data/claims.json [cnn-troops]: field "claimant_key" must name an entry of data/claimants.json',
    );
    expect(errors).toContain(
      'data/claims.json [cnn-casualties]: field "quantity" must name an entry of data/quantities.json',
    );
  });

  it('a claimant no claim names', () => {
    const input = mutate(DATA_FILES.claimants, (rows) => {
      rows.push({ key: 'kremlin', label: 'The Kremlin', kind: 'officials' });
    });
    expect(errorsOf(input)).toContain('data/claimants.json [kremlin]: no claim names this claimant');
  });

  it('a duplicate id', () => {
    const input = mutate(DATA_FILES.claims, (rows) => {
      rows.push({ ...byId(rows, 'cnn-troops') });
    });
    expect(errorsOf(input)).toContain('data/claims.json [cnn-troops]: duplicate id "cnn-troops"');
  });

  it('a misspelt field', () => {
    const input = mutate(DATA_FILES.claims, (rows) => {
      const c = byId(rows, 'cnn-troops');
      c.qualifer = c.qualifier;
    });
    expect(errorsOf(input)).toContain('data/claims.json [cnn-troops]: unknown field "qualifer"');
  });

  it('a field of the wrong type', () => {
    const input = mutate(DATA_FILES.claims, (rows) => {
      byId(rows, 'cnn-troops').low = '12000';
    });
    expect(errorsOf(input)).toContain(
      'data/claims.json [cnn-troops]: field "low" must be a number, got string "12000"',
    );
  });

  it('a restatement of a claim that does not exist', () => {
    const input = mutate(DATA_FILES.claims, (rows) => {
      byId(rows, 'cnn-troops-caption').restates = 'cnn-troops-2';
    });
    expect(errorsOf(input)).toContain('data/claims.json [cnn-troops-caption]: restates unknown claim "cnn-troops-2"');
  });

  it('a malformed data file, with the line of the error', () => {
    const input = readLedgerInput();
    const broken = input.files[DATA_FILES.claims]!.replace('"id": "cnn-troops",', '"id": "cnn-troops"');
    const errors = errorsOf({ ...input, files: { ...input.files, [DATA_FILES.claims]: broken } });
    expect(errors).toMatch(/^data\/claims\.json \[\(file\)\]: malformed JSON at line \d+, column \d+: /m);
  });

  it('a missing data file', () => {
    const input = readLedgerInput();
    const errors = errorsOf({ ...input, files: { ...input.files, [DATA_FILES.flows]: undefined } });
    expect(errors).toContain('data/flows.json [(file)]: file is missing');
  });

  it('a source whose seed file is missing', () => {
    const input = mutate(DATA_FILES.sources, (rows) => {
      byId(rows, 'cnn').file = '009_missing.txt';
    });
    expect(errorsOf(input)).toContain('data/sources.json [cnn]: seed file "seeds/009_missing.txt" does not exist');
  });

  it('an altered quote in a flow or timeline event', () => {
    const flows = mutate(DATA_FILES.flows, (rows) => {
      const ev = (byId(rows, 'munitions').evidence as { quote: string }[])[0];
      ev.quote = ev.quote.replace('thousands', 'millions');
    });
    expect(errorsOf(flows)).toMatch(/^data\/flows\.json \[munitions evidence\[0\]\]: quote does not occur/m);
    const events = mutate(DATA_FILES.events, (rows) => {
      (byId(rows, 'coffins').mentions as { source: string }[])[0].source = 'nyt';
    });
    expect(errorsOf(events)).toContain('data/events.json [coffins mentions[0]]: unknown source "nyt"');
  });

  it('a flow to a place that does not exist', () => {
    const input = mutate(DATA_FILES.flows, (rows) => {
      byId(rows, 'troops').to = 'donetsk';
    });
    expect(errorsOf(input)).toContain('data/flows.json [troops]: unknown to "donetsk" (not in data/places.json)');
  });

  it('changing any one character of any quote names that entry', () => {
    const input = readLedgerInput();
    const claims = JSON.parse(input.files[DATA_FILES.claims]!) as { id: string; quote: string }[];
    for (const [i, claim] of claims.entries()) {
      for (const at of [0, Math.floor(claim.quote.length / 2), claim.quote.length - 1]) {
        const copy = structuredClone(claims);
        const ch = copy[i].quote[at];
        copy[i].quote = copy[i].quote.slice(0, at) + (ch === 'Q' ? 'Z' : 'Q') + copy[i].quote.slice(at + 1);
        const errors = errorsOf({ ...input, files: { ...input.files, [DATA_FILES.claims]: JSON.stringify(copy) } });
        expect(errors, `${claim.id} @${at}`).toContain(`data/claims.json [${claim.id}]: `);
      }
    }
  });
});
