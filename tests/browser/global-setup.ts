/**
 * Once per browser run: the site built from the fixture project (tests/fixtures/ledger), which the
 * render and phone tests read. One build (about 15 s) for every file that needs it, instead of one
 * per file. `npm test` builds it beside the project's own build and names its folder in
 * STORY_FIXTURE_SITE (it deletes it at the end); otherwise it is built here and deleted when the
 * run ends. Files reach it through `useFixtureSite`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFixtureSite } from './fixture-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built fixture site's project folder (its site is `dist/` in it), or the build's failure. */
    fixtureSite: { dir: string } | { error: string };
  }
}

export default function setup(project: TestProject): () => void {
  const ready = process.env.STORY_FIXTURE_SITE;
  if (ready) {
    project.provide(
      'fixtureSite',
      existsSync(join(ready, 'dist/index.html'))
        ? { dir: ready }
        : { error: `STORY_FIXTURE_SITE names ${ready}, which holds no built site (dist/index.html)` },
    );
    return () => {};
  }
  const site = buildFixtureSite();
  project.provide('fixtureSite', 'error' in site ? site : { dir: site.dir });
  return () => {
    if (!('error' in site)) site.cleanup();
  };
}
