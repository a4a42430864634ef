/**
 * The English edition's words, read from data/messages/en.json by the real loader, for tests that
 * render a component on its own or call a helper that writes words.
 */
import { i18nOf, loadEditions } from '../../scripts/lib/load.ts';
import { i18nContext } from '../../src/lib/i18n/context.ts';
import { pageLinks, storyLinksContext } from '../../src/lib/page/links.ts';
import { DEFAULT_LANG } from '../../src/lib/i18n/messages.ts';
import type { I18n } from '../../src/lib/i18n/translator.ts';

/** The default edition's translator, made afresh on every call (tests share nothing). */
export function english(): I18n {
  const edition = loadEditions().find((e) => e.lang === DEFAULT_LANG);
  if (!edition) throw new Error(`no ${DEFAULT_LANG} edition in data/messages/`);
  return i18nOf(edition);
}

/**
 * The context `render` needs for a component rendered on its own: the edition's words (useI18n)
 * and the story page's links (useStoryLinks), as an island of the English story page has them.
 */
export function englishContext(): Map<unknown, unknown> {
  return new Map([...i18nContext(english()), ...storyLinksContext(pageLinks(''))]);
}

/** An edition's translator by its language ("ko"), made afresh on every call. */
export function edition(lang: string): I18n {
  const found = loadEditions().find((e) => e.lang === lang);
  if (!found) throw new Error(`no ${lang} edition in data/messages/`);
  return i18nOf(found);
}
