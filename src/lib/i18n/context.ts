/**
 * The edition's words (translator.ts) in Svelte context: the page's root (App, EmbedApp) and each
 * island provide it, and every component that writes words reads it with `useI18n()`. In the
 * browser the words come from the page (`EDITION_ID`, `{ lang, dir, messages }`), written once.
 */
import { getContext, setContext } from 'svelte';
import { translator, type I18n } from './translator.ts';
import type { Edition } from './edition.ts';

const KEY = Symbol('i18n');

/** The id of the page's script holding its edition's words. */
export const EDITION_ID = 'edition-words';

/** The translator of an edition's words, as the page carries them. */
export function fromWords(w: Pick<Edition, 'lang' | 'dir' | 'messages'>): I18n {
  return translator(w.lang, w.dir, w.messages);
}

export function provideI18n(i18n: I18n): I18n {
  return setContext(KEY, i18n);
}

/** The context to hand `render`, `mount` or `hydrate` for a component rendered on its own. */
export function i18nContext(i18n: I18n): Map<unknown, unknown> {
  return new Map([[KEY, i18n]]);
}

/** The edition's words; an error when no root provided them (a component rendered on its own). */
export function useI18n(): I18n {
  const i18n = getContext<I18n | undefined>(KEY);
  if (!i18n)
    throw new Error('no edition in context: render the component under App or EmbedApp, or pass i18nContext()');
  return i18n;
}
