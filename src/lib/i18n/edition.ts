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

/** The link from one edition's page to another's, relative: "ko/" from the English page, "../" back. */
export function editionHref(from: EditionInfo, to: EditionInfo): string {
  const up = '../'.repeat(from.path.split('/').filter(Boolean).length);
  return up + to.path || './';
}
