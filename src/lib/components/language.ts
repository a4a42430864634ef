/**
 * What an element needs to show a source's own words in their own language: the `lang` and `dir`
 * attributes, resolved once from the source when the ledger was read (never re-derived here).
 */
import type { Source } from '../data/types.ts';
import type { I18n } from '../i18n/translator.ts';

/** The attributes of an element holding a source's words: spread it, `<p {...textLanguage(source)}>`. */
export interface TextLanguage {
  /** The source's BCP 47 tag. */
  lang: string;
  /** The direction the source's language is written in. */
  dir: 'ltr' | 'rtl';
}

export function textLanguage(source: Pick<Source, 'language' | 'dir'>): TextLanguage {
  return { lang: source.language, dir: source.dir };
}

/** Intl's language names, one per edition's language, made when first asked for. */
const names = new Map<string, Intl.DisplayNames>();

/** "Korean" for "ko" in English, "한국어" in Korean: the tag's name in the edition's language (Intl). */
export function languageName(tag: string, i18n: I18n): string {
  let of = names.get(i18n.lang);
  if (!of) names.set(i18n.lang, (of = new Intl.DisplayNames([i18n.lang], { type: 'language' })));
  return of.of(tag) ?? tag;
}
