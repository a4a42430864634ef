/**
 * The site built from the fixture project, for the browser tests whose expectations are tied to
 * content (render tests compare pixels): a throwaway copy of the project's code with the data and
 * seeds of tests/fixtures/ledger/, built with the real `npm run build` (about 15 s), once per test
 * file, and deleted after it. Adding a source to data/ changes nothing here.
 */
import { afterAll, beforeAll } from 'vitest';
import { FIXTURE_ROOT, fixture } from '../fixtures/ledger.ts';
import { copyProject, runNpm } from '../helpers/project.ts';
import type { Content } from '../../scripts/lib/load.ts';

export interface FixtureSite {
  /** The copy's folder; its built site is `dist/` in it. Valid inside tests and hooks after this one. */
  readonly dir: string;
  /** The fixture's validated ledger and story, read afresh for the file. */
  readonly content: Content;
}

/**
 * Copies the project with the fixture's content and builds it before the tests of the enclosing
 * block (call it at the top of a file to build once for every describe in it), and deletes the
 * copy after them. A build that fails fails the block, with the build's own output.
 */
export function useFixtureSite(): FixtureSite {
  let project: ReturnType<typeof copyProject> | undefined;
  const content = fixture();
  beforeAll(() => {
    project = copyProject(FIXTURE_ROOT);
    const build = runNpm(project.dir, 'build');
    if (build.status !== 0) {
      throw new Error(`the fixture site did not build (exit ${build.status}):\n${build.output.slice(-3000)}`);
    }
  }, 400_000);
  afterAll(() => project?.cleanup());
  return {
    get dir() {
      if (!project) throw new Error('useFixtureSite: the site exists inside tests and later hooks only');
      return project.dir;
    },
    content,
  };
}
