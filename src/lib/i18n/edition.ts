/** One edition of the story, the one shape of it: the loader makes it (scripts/lib/load.ts), pages carry part of it. */
import type { Messages } from './translator.ts';

/** One edition of the story: its language, its interface's words, where its pages go. */
export interface Edition {
  /** The language tag its messages file is named for: "en", "ko". */
  lang: string;
  dir: 'ltr' | 'rtl';
  messages: Messages;
  /** Its folder from the story's root: "" for the default (English), "ko/" for Korean. */
  path: string;
  /** Its story copy: data/story.aml, data/story.ko.aml. */
  storyFile: string;
}

/**
 * What a page carries of its edition (virtual:content, the page's words script): all but where its
 * copy is read from, which only the loader needs.
 */
export type EditionInfo = Pick<Edition, 'lang' | 'dir' | 'messages' | 'path'>;

/**
 * The link to an edition's page from any page of the story: relative to the story's root, which
 * every edition's page has as its base ("ko/"; "./" for the default edition).
 */
export function editionHref(edition: Pick<Edition, 'path'>): string {
  return edition.path || './';
}
