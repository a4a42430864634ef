import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLedger, DATA_FILES } from '../../src/lib/data/validate.ts';
import { parseStory, STORY_FILE } from '../../src/lib/story/copy.ts';
import { loadEditionsContent, readLedgerInput, ROOT } from '../../scripts/lib/load.ts';
import {
  scaleLedgerInput,
  SYNTHETIC,
  SYNTHETIC_HEADER,
  SYNTHETIC_ID,
  writeScaledProject,
} from '../../scripts/lib/scale.ts';

const real = readLedgerInput();
const base = buildLedger(real).ledger!;

describe('scaleLedgerInput', () => {
  it('returns the input unchanged at ×1', () => {
    expect(scaleLedgerInput(real, 1)).toBe(real);
  });

  it.each([10, 100])('×%i: validates with zero errors, sources and claims ×N, all synthetic ones marked', (n) => {
    const scaled = scaleLedgerInput(real, n);
    const { ledger, errors } = buildLedger(scaled);
    expect(errors).toEqual([]);
    expect(ledger!.sources).toHaveLength(base.sources.length * n);
    expect(ledger!.claims).toHaveLength(base.claims.length * n);
    // Everything else is the real data, and the story still parses against the scaled ledger.
    expect(ledger!.quantities).toEqual(base.quantities);
    expect(ledger!.flows).toEqual(base.flows);
    expect(parseStory(readFileSync(join(ROOT, STORY_FILE), 'utf8'), ledger!).errors).toEqual([]);

    const synthetic = ledger!.sources.filter((s) => !base.sources.some((b) => b.id === s.id));
    expect(synthetic).toHaveLength(base.sources.length * (n - 1));
    for (const s of synthetic) {
      expect(s.id.startsWith(`${SYNTHETIC_ID}-`)).toBe(true);
      expect(s.outlet.startsWith(SYNTHETIC)).toBe(true);
      expect(s.file).toMatch(/^synthetic_\d+_.+\.txt$/);
      expect(String(scaled.seeds?.[s.file]).startsWith(SYNTHETIC_HEADER)).toBe(true);
    }
    const newClaims = ledger!.claims.slice(base.claims.length);
    expect(newClaims.every((c) => c.id.startsWith(`${SYNTHETIC_ID}-`) && c.source.startsWith(`${SYNTHETIC_ID}-`))).toBe(
      true,
    );
  });

  it('leaves the real input untouched', () => {
    scaleLedgerInput(real, 10);
    expect(readLedgerInput()).toEqual(real);
  });

  it('rejects a factor that is not a positive integer', () => {
    expect(() => scaleLedgerInput(real, 0)).toThrow(/positive integer/);
    expect(() => scaleLedgerInput(real, 2.5)).toThrow(/positive integer/);
  });
});

describe('writeScaledProject', () => {
  it('writes the scaled ledger into a throwaway copy, never into data/ or seeds/', () => {
    const project = writeScaledProject(10);
    try {
      expect(project.dir.startsWith(ROOT)).toBe(false);
      expect(project.sources).toBe(base.sources.length * 10);
      expect(project.claims).toBe(base.claims.length * 10);
      expect(existsSync(join(project.dir, 'seeds', `synthetic_1_${base.sources[0].file}`))).toBe(true);
      expect(buildLedger(readLedgerInput(project.dir)).errors).toEqual([]);
      // Every edition's story has read the synthetic copies, so the whole content loads.
      const editions = loadEditionsContent(project.dir);
      for (const c of editions) expect(c.ledger.claims, c.edition.lang).toHaveLength(base.claims.length * 10);
      // The real project is as it was.
      expect(readLedgerInput()).toEqual(real);
      expect(existsSync(join(ROOT, 'seeds', `synthetic_1_${base.sources[0].file}`))).toBe(false);
      expect(readFileSync(join(ROOT, DATA_FILES.sources), 'utf8')).not.toContain(SYNTHETIC);
    } finally {
      project.cleanup();
    }
    expect(existsSync(project.dir)).toBe(false);
  });
});
