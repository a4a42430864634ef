/**
 * Compares a screenshot with a committed expected PNG, with tolerance for software-GL noise.
 * A missing expected image fails; it is written only on purpose, outside CI, with
 * UPDATE_SNAPSHOTS=1 — and then looked at by a person before it is committed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { ROOT } from '../helpers/project.ts';

export const EXPECTED_DIR = join(ROOT, 'tests/browser/expected');
const RESULTS_DIR = join(ROOT, 'test-results');

export interface Comparison {
  /** Share of pixels that differ beyond the colour threshold. */
  ratio: number;
  /** Where the actual and diff images were written when they differ too much. */
  written?: string;
}

export function compareWithExpected(name: string, actual: Buffer, maxRatio = 0.01): Comparison {
  const expectedPath = join(EXPECTED_DIR, `${name}.png`);
  if (!existsSync(expectedPath)) {
    if (process.env.UPDATE_SNAPSHOTS === '1' && !process.env.CI) {
      mkdirSync(EXPECTED_DIR, { recursive: true });
      writeFileSync(expectedPath, actual);
      return { ratio: 0, written: expectedPath };
    }
    throw new Error(
      `no expected image ${expectedPath}. Make it with UPDATE_SNAPSHOTS=1 npm run test:browser (outside CI) and look at it before committing.`,
    );
  }
  const a = PNG.sync.read(actual);
  const e = PNG.sync.read(readFileSync(expectedPath));
  if (a.width !== e.width || a.height !== e.height) {
    throw new Error(`${name}: size ${a.width}×${a.height} differs from expected ${e.width}×${e.height}`);
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const count = pixelmatch(a.data, e.data, diff.data, a.width, a.height, { threshold: 0.15 });
  const ratio = count / (a.width * a.height);
  if (ratio > maxRatio) {
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, `${name}.actual.png`), actual);
    writeFileSync(join(RESULTS_DIR, `${name}.diff.png`), PNG.sync.write(diff));
    return { ratio, written: RESULTS_DIR };
  }
  return { ratio };
}
