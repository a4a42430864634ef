/**
 * Once per browser run: the site built from the fixture project (tests/fixtures/ledger), which the
 * render and phone tests read. One build (about 15 s) for every file that needs it, instead of one
 * per file; it is deleted when the run ends. Files reach it through `useFixtureSite`.
 */
import type { TestProject } from 'vitest/node';
import { FIXTURE_ROOT } from '../fixtures/ledger.ts';
import { copyProject, runNpm } from '../helpers/project.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built fixture site's project folder (its site is `dist/` in it), or the build's failure. */
    fixtureSite: { dir: string } | { error: string };
  }
}

export default function setup(project: TestProject): () => void {
  const copy = copyProject(FIXTURE_ROOT);
  const build = runNpm(copy.dir, 'build');
  project.provide(
    'fixtureSite',
    build.status === 0
      ? { dir: copy.dir }
      : { error: `the fixture site did not build (exit ${build.status}):\n${build.output.slice(-3000)}` },
  );
  return () => copy.cleanup();
}
