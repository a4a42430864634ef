/**
 * The order vitest starts test files in. With timings from an earlier run (vitest's cache), its
 * own: failed first, then the longest. On a clean clone it has none and starts the largest files
 * first, which left a short file of long walks (a11y.test.ts: a minute) to start last and run on
 * one core while the other idled. So, without timings, the browser files known to take longest
 * start first (a stale list only costs time, never a result), then the rest by size.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Browser test files, longest first (seconds alone on this 2-core machine, docs/testing.md). */
export const LONGEST = [
  'tests/browser/story.test.ts',
  'tests/browser/faults.test.ts',
  'tests/browser/a11y.test.ts',
  'tests/browser/phone.test.ts',
  'tests/browser/desk.test.ts',
  'tests/browser/reader-faults.test.ts',
  'tests/browser/embed.test.ts',
  'tests/browser/island-faults.test.ts',
  'tests/browser/narrow.test.ts',
];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const timed = (f: TestSpecification) =>
      !!this.ctx.cache.getFileTestResults(`${f.project.name}:${relative(root, f.moduleId)}`);
    if (sorted.every(timed)) return sorted;
    const rank = (f: TestSpecification) => {
      const i = LONGEST.indexOf(relative(root, f.moduleId));
      return i < 0 ? LONGEST.length : i;
    };
    // Projects in vitest's order; within each, the longest first and the rest in vitest's order
    // (Array.prototype.sort is stable).
    const projects = [...new Set(sorted.map((f) => f.project.name))];
    return projects.flatMap((name) => sorted.filter((f) => f.project.name === name).sort((a, b) => rank(a) - rank(b)));
  }
}
