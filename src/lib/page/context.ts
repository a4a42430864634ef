/**
 * What every island of a story page is rendered and hydrated with: its edition's words
 * (context.ts) and its links (page/links.ts), both from the edition the page writes once
 * (EDITION_ID: language, direction, messages and folder).
 */
import { fromWords, i18nContext } from '../i18n/context.ts';
import type { EditionInfo } from '../i18n/edition.ts';
import type { I18n } from '../i18n/translator.ts';
import { pageLinks, storyLinksContext } from './links.ts';

export function islandContext(edition: EditionInfo, i18n: I18n = fromWords(edition)): Map<unknown, unknown> {
  return new Map([...i18nContext(i18n), ...storyLinksContext(pageLinks(edition.path))]);
}
