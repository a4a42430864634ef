/**
 * What an element needs to show a source's own words in their own language: the `lang` and `dir`
 * attributes, resolved once from the source when the ledger was read (never re-derived here).
 */
import type { Source } from '../data/types.ts';

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

const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** "Korean" for "ko", "Arabic" for "ar": the tag's name in English, for the page's UI. */
export function languageName(tag: string): string {
  return names.of(tag) ?? tag;
}
