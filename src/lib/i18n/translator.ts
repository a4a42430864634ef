/**
 * One edition's words and formats: its messages (data/messages/<lang>.json) and the Intl formats
 * of its locale. Pure: made once per edition, at the boundary (the content loader, or the page's
 * entry from the messages in the page), and handed to whatever writes words. Intl has no message
 * format, so `t` is a few lines here: `{name}` placeholders, and plural forms picked by
 * Intl.PluralRules on `{count}`.
 */
import type en from '../../../data/messages/en.json';

/** Every message id: the English file is the reference every edition's file must match. */
export type MessageKey = Exclude<keyof typeof en, '$comment'>;

/** A message: text with `{placeholders}`, or its plural forms by Intl.PluralRules category. */
export type Message = string | (Partial<Record<Intl.LDMLPluralRule, string>> & { other: string });

export type Messages = Record<MessageKey, Message>;

export type Vars = Record<string, string | number>;

export interface I18n {
  /** The edition's language tag ("en", "ko"), as `<html lang>` carries it. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** The message `key` with its placeholders filled (numbers through `number`). */
  t(key: MessageKey, vars?: Vars): string;
  /** 20,000 in English and in Korean: Intl.NumberFormat of the edition's locale. */
  number(n: number): string;
  /** 2만 in Korean, 20K in English: Intl's compact notation, the reading a Korean reader says. */
  compact(n: number): string;
  /**
   * A number as the edition reads a figure quoted in another language: `compact` from ten
   * thousand (2만, the unit Korean counts in; 9,800 below it) or `number` (20,000), as its
   * messages say ("edition.reading").
   */
  reading(n: number): string;
  /** "a, b and c": Intl.ListFormat, a conjunction. */
  list(items: readonly string[]): string;
  /** `list` in parts, so that each item can be linked. */
  listParts(items: readonly string[]): { type: 'element' | 'literal'; value: string }[];
  /** "22 August 2025", "2025년 8월 22일": Intl.DateTimeFormat in UTC (dates in data/ are days). */
  day(date: Date): string;
  /** "Jun 2024", "2024년 6월". */
  month(date: Date): string;
}

const PLACEHOLDER = /\{([a-z_]+)\}/g;

/** The placeholders a message uses, in every plural form: the checks compare them across editions. */
export function placeholders(message: Message): Set<string> {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return new Set(texts.flatMap((m) => [...(m ?? '').matchAll(PLACEHOLDER)].map((x) => x[1])));
}

export function translator(lang: string, dir: 'ltr' | 'rtl', messages: Messages): I18n {
  // The locale Intl formats in: "en-GB" for the English edition (British dates and lists).
  const intl = typeof messages['edition.intl'] === 'string' ? messages['edition.intl'] : lang;
  const numbers = new Intl.NumberFormat(intl);
  const compacts = new Intl.NumberFormat(intl, { notation: 'compact', maximumFractionDigits: 1 });
  const plurals = new Intl.PluralRules(intl);
  const lists = new Intl.ListFormat(intl, { style: 'long', type: 'conjunction' });
  const days = new Intl.DateTimeFormat(intl, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  const months = new Intl.DateTimeFormat(intl, { timeZone: 'UTC', month: 'short', year: 'numeric' });
  const number = (n: number) => numbers.format(n);
  const compact = (n: number) => compacts.format(n);
  // Every messages file has it (messages.ts checks them against English); "standard" otherwise.
  const reading = messages['edition.reading'] ?? 'standard';
  if (reading !== 'compact' && reading !== 'standard')
    throw new Error(
      `data/messages/${lang}.json [edition.reading]: "compact" or "standard", not ${JSON.stringify(reading)}`,
    );
  return {
    lang,
    dir,
    t(key, vars = {}) {
      const message = messages[key];
      if (message === undefined) throw new Error(`data/messages/${lang}.json has no message "${key}"`);
      const text =
        typeof message === 'string' ? message : (message[plurals.select(Number(vars.count))] ?? message.other);
      return text.replace(PLACEHOLDER, (all, name: string) => {
        const v = vars[name];
        if (v === undefined) throw new Error(`message "${key}" needs {${name}}`);
        return typeof v === 'number' ? number(v) : v;
      });
    },
    number,
    compact,
    reading: reading === 'compact' ? (n) => (n >= 10_000 ? compact(n) : number(n)) : number,
    list: (items) => lists.format(items),
    listParts: (items) => lists.formatToParts(items),
    day: (date) => days.format(date),
    month: (date) => months.format(date),
  };
}
