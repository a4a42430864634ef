/**
 * Reader-facing words in data/, by edition: a string (English, the default edition alone) or an
 * object by language tag, `{ "en": "Killed", "ko": "사망자" }`. Read for one edition (`lang`),
 * checked for all (`languages`, one per data/messages/<lang>.json). EntryReader's `text`,
 * `textsByLanguage` and `texts` (fields.ts) read fields with it.
 */

/**
 * The editions text is read for: `lang`, the one whose words a reader returns, and `languages`,
 * every edition's (data/messages/<lang>.json), each of which a reader-facing text must have.
 */
export interface TextEditions {
  lang: string;
  languages: readonly string[];
}

/** The default: the English edition alone. */
export const ENGLISH: TextEditions = { lang: 'en', languages: ['en'] };

/** A language tag's shape, as the keys of texts by language use it: "en", "ko", "pt-BR". */
export const TEXT_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export interface TextOptions {
  /** The field may be missing: `none`. */
  optional?: boolean;
  /** The text may be in some editions' languages only (a gloss): `none` in the others. */
  some?: boolean;
}

/** How one field's value is read: what one language's words must be, and how problems are told. */
export interface TextField<T> {
  field: string;
  /** The words, when the value is one language's words; undefined otherwise. */
  as: (v: unknown) => T | undefined;
  /** What a field that has none holds. */
  none: T;
  /** What one language's words must be, for messages ("a non-empty string"). */
  what: string;
  /** The value, described for a message ("number 42"). */
  described: (v: unknown) => string;
  fail: (message: string) => void;
}

const quoted = (tags: readonly string[]) => tags.map((l) => `"${l}"`).join(', ');

/** The edition's words of a field's value, and the words of every language it has. */
export function readTexts<T>(
  v: unknown,
  { field, as, none, what, described, fail }: TextField<T>,
  { lang, languages }: TextEditions,
  opts: TextOptions = {},
): { text: T; all: Record<string, T> } {
  const all: Record<string, T> = {};
  if (v === undefined && opts.optional) return { text: none, all };
  const single = as(v);
  if (single !== undefined) {
    all.en = single;
    const others = languages.filter((l) => l !== 'en');
    if (opts.some) return { text: lang === 'en' ? single : none, all };
    if (others.length)
      fail(
        `field "${field}" is in English only; the ${quoted(others)} edition needs it too: { "en": …, ${others.map((l) => `"${l}": …`).join(', ')} }`,
      );
    return { text: single, all };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    fail(`field "${field}" must be ${what}, or an object of them by language tag ({ "en": … }), got ${described(v)}`);
    return { text: none, all };
  }
  let text = none;
  for (const [tag, x] of Object.entries(v)) {
    const got = as(x);
    if (!TEXT_TAG.test(tag)) fail(`field "${field}": "${tag}" is not a language tag ("en", "ko")`);
    else if (got === undefined) fail(`field "${field}" "${tag}" must be ${what}`);
    else {
      all[tag] = got;
      if (tag === lang) text = got;
    }
  }
  const missing = opts.some ? [] : languages.filter((l) => !(l in v));
  if (!opts.some && !('en' in v) && !missing.includes('en')) missing.unshift('en');
  if (missing.length)
    fail(`field "${field}" has no ${quoted(missing)}: every edition (data/messages/) needs its words`);
  return { text, all };
}
