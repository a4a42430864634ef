/**
 * The seeds are the articles byte for byte: any change to one fails here. The five original
 * articles of ../shared/seeds stay as they are; a source added since (docs/ledger.md, "Adding a source")
 * is recorded in seeds.sha256 like the others.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/project.ts';

const SHARED = join(ROOT, '../shared/seeds');
const sums = readFileSync(join(import.meta.dirname, 'seeds.sha256'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split(/\s+/) as [string, string]);

describe('seeds/', () => {
  it('holds exactly the recorded articles', () => {
    const files = readdirSync(join(ROOT, 'seeds')).sort();
    expect(files).toEqual(sums.map(([, name]) => name).sort());
  });

  it.each(sums)('has the recorded SHA-256 %s for %s', (sum, name) => {
    const bytes = readFileSync(join(ROOT, 'seeds', name));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sum);
  });

  it.runIf(existsSync(SHARED))('keeps every article of ../shared/seeds byte for byte', () => {
    const shared = readdirSync(SHARED).sort();
    expect(readdirSync(join(ROOT, 'seeds'))).toEqual(expect.arrayContaining(shared));
    for (const name of shared) {
      expect(readFileSync(join(ROOT, 'seeds', name)).equals(readFileSync(join(SHARED, name))), name).toBe(true);
    }
  });
});
