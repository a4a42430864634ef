/** One edition's content as the server entry gets it (virtual:content, scripts/lib/load.ts). */
import type { Ledger } from '../data/types.ts';
import type { Story } from '../story/copy.ts';
import type { Scenes } from '../scene/types.ts';
import type { EditionWords } from './context.ts';

export interface EditionInfo extends EditionWords {
  /** Its folder from the story's root: "" for the default edition, "ko/" for Korean. */
  path: string;
}

export interface EditionContent {
  edition: EditionInfo;
  ledger: Ledger;
  story: Story;
  scenes: Scenes;
}

/**
 * The link to an edition's page from any page of the story: relative to the story's root, which
 * every edition's page has as its base ("ko/"; "./" for the default edition).
 */
export function editionHref(edition: EditionInfo): string {
  return edition.path || './';
}
