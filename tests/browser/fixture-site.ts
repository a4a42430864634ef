/**
 * The site built from the fixture project, for the browser tests whose expectations are tied to
 * content (render tests compare pixels): a throwaway copy of the project's code with the data and
 * seeds of tests/fixtures/ledger/, built with the real `npm run build` once per browser run
 * (global-setup.ts) and deleted after it. Adding a source to data/ changes nothing here.
 */
import { beforeAll, inject } from 'vitest';
import { fixture } from '../fixtures/ledger.ts';
import type { Content } from '../../scripts/lib/load.ts';

export interface FixtureSite {
  /** The copy's folder; its built site is `dist/` in it. Valid inside tests and hooks after this one. */
  readonly dir: string;
  /** The fixture's validated ledger and story, read afresh for the file. */
  readonly content: Content;
}

/**
 * The fixture site built for this run. A build that failed fails the enclosing block, with the
 * build's own output.
 */
export function useFixtureSite(): FixtureSite {
  const content = fixture();
  let dir: string | undefined;
  beforeAll(() => {
    const site = inject('fixtureSite');
    if ('error' in site) throw new Error(site.error);
    dir = site.dir;
  });
  return {
    get dir() {
      if (!dir) throw new Error('useFixtureSite: the site exists inside tests and later hooks only');
      return dir;
    },
    content,
  };
}
