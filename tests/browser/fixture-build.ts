/**
 * Builds the fixture site (tests/fixtures/ledger, with the project's code) in a throwaway copy and
 * prints the copy's folder as its last line. `npm test` runs it beside the project's own build, so
 * the browser stage finds the site ready (global-setup.ts reads STORY_FIXTURE_SITE); the browser
 * project run alone builds it in its global set-up instead. Exits 1 with the build's output when
 * the build fails.
 */
import { FIXTURE_ROOT } from '../fixtures/ledger.ts';
import { copyProject, runNpm } from '../helpers/project.ts';

export function buildFixtureSite(): { dir: string; cleanup(): void } | { error: string } {
  const copy = copyProject(FIXTURE_ROOT);
  const build = runNpm(copy.dir, 'build');
  if (build.status === 0) return copy;
  copy.cleanup();
  return { error: `the fixture site did not build (exit ${build.status}):\n${build.output.slice(-3000)}` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = buildFixtureSite();
  if ('error' in site) {
    console.error(site.error);
    process.exit(1);
  }
  console.log(site.dir);
}
