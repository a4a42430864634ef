/**
 * One edition's content as pages are rendered from it: the edition as pages carry it, its
 * validated ledger (labels in the edition's language), its copy and the scenes resolved from both.
 * The server entry gets it through virtual:content (scripts/vite-plugin-content.ts); the loader's
 * `Content` (scripts/lib/load.ts) is this with the whole edition and what only the build needs.
 */
import type { Ledger } from './data/types.ts';
import type { EditionInfo } from './i18n/edition.ts';
import type { Scenes } from './scene/types.ts';
import type { Story } from './story/copy.ts';

export interface ServedContent {
  edition: EditionInfo;
  ledger: Ledger;
  story: Story;
  /** What the map draws for each step, each named view and the card, resolved once from both. */
  scenes: Scenes;
}
