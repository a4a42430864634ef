/**
 * How scripts/ and tests/ depend on each other: tests import from scripts/, never the reverse, and
 * Chromium's path is written once (scripts/lib/chromium.ts), not as a literal wherever it launches.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './lib/load.ts';

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|js|svelte)$/.test(f))
    .map((f) => join(dir, f));
}

describe('scripts and tests', () => {
  it('no script imports from tests/', () => {
    const offending = sources('scripts').flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g)]
        .map((m) => m[1] ?? m[2])
        .filter((spec) => spec.startsWith('.'))
        .filter((spec) => relative(ROOT, resolve(ROOT, dirname(file), spec)).startsWith('tests/'))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it("Chromium's path is written only in scripts/lib/chromium.ts", () => {
    const literal = ['', 'usr', 'bin', 'chromium'].join('/');
    const files = ['scripts', 'tests', 'src'].flatMap(sources).filter((file) => file !== 'scripts/lib/chromium.ts');
    expect(files.filter((file) => readFileSync(join(ROOT, file), 'utf8').includes(literal))).toEqual([]);
  });
});
