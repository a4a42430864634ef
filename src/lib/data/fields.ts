/**
 * Reads one entry of a data file field by field, converting unknown JSON into typed values and
 * recording each problem with the file and the entry's id. Unknown fields are errors, so a
 * misspelt key never passes silently.
 */
import type { LedgerError } from './types.ts';
import { ENGLISH, readTexts, type TextEditions, type TextOptions } from './texts.ts';

export type Json = unknown;

/** Where a problem with one entry is reported: the cross-file pass needs only this of a reader. */
export interface Problems {
  readonly entry: string;
  fail(message: string): void;
}

/** Problems of an entry read earlier, reported under its file and id. */
export function problemsOf(file: string, entry: string, errors: LedgerError[]): Problems {
  return { entry, fail: (message) => void errors.push({ file, entry, message }) };
}

export { ENGLISH, TEXT_TAG, type TextEditions } from './texts.ts';

export class EntryReader implements Problems {
  private readonly seen = new Set<string>();

  /** @param entry how errors name this entry: its id, or "entry #N" when it has none */
  constructor(
    readonly file: string,
    private readonly record: Record<string, Json>,
    private readonly errors: LedgerError[],
    readonly entry: string,
    readonly editions: TextEditions = ENGLISH,
  ) {}

  /** A reader for the index-th entry of a file, named by its id field. */
  static forEntry(
    file: string,
    record: Record<string, Json>,
    index: number,
    errors: LedgerError[],
    idField = 'id',
    editions: TextEditions = ENGLISH,
  ) {
    const id = record[idField];
    const entry = typeof id === 'string' && id !== '' ? id : `entry #${index + 1}`;
    return new EntryReader(file, record, errors, entry, editions);
  }

  fail(message: string): void {
    this.errors.push({ file: this.file, entry: this.entry, message });
  }

  private take(field: string): Json {
    this.seen.add(field);
    return this.record[field];
  }

  /** The entry's own field names, in order (for objects keyed by data, such as names by language). */
  keys(): string[] {
    return Object.keys(this.record);
  }

  /** A field's value as JSON, marked as read: for objects keyed by data whose values vary in type. */
  raw(field: string): Json {
    return this.take(field);
  }

  has(field: string): boolean {
    return field in this.record;
  }

  string(field: string, opts: { optional?: boolean; nonEmpty?: boolean } = {}): string {
    const v = this.take(field);
    if (v === undefined && opts.optional) return '';
    if (typeof v !== 'string') {
      this.fail(`field "${field}" must be a string, got ${describe(v)}`);
      return '';
    }
    if (opts.nonEmpty && v.trim() === '') this.fail(`field "${field}" must not be empty`);
    return v;
  }

  /**
   * Reader-facing words, in every edition's language (texts.ts): a string (the English edition
   * alone) or an object by language tag. Returns the words of the edition being read; a language
   * an edition needs and the text lacks is an error naming it.
   */
  text(field: string, opts: TextOptions = {}): string {
    return this.textsByLanguage(field, opts).text;
  }

  /** `text`, and the words in every language the field has, by tag (a string counts as "en"). */
  textsByLanguage(field: string, opts: TextOptions = {}): { text: string; all: Record<string, string> } {
    const nonEmpty = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
    return readTexts(this.take(field), this.textField(field, nonEmpty, '', 'a non-empty string'), this.editions, opts);
  }

  /** `text` for a list of words: a list of strings, or an object of such lists by language tag. */
  texts(field: string): string[] {
    const isList = (v: unknown) =>
      Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : undefined;
    return readTexts(this.take(field), this.textField(field, isList, [], 'a list of strings'), this.editions).text;
  }

  private textField<T>(field: string, as: (v: unknown) => T | undefined, none: T, what: string) {
    return { field, as, none, what, described: describe, fail: (m: string) => this.fail(m) };
  }

  number(field: string): number {
    const v = this.take(field);
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.fail(`field "${field}" must be a number, got ${describe(v)}`);
      return NaN;
    }
    return v;
  }

  /** A count of things: a finite number, zero or more ("Infinity is not a count"). */
  count(field: string): number {
    const v = this.take(field);
    if (typeof v === 'number' && (!Number.isFinite(v) || v < 0)) {
      this.fail(`field "${field}": ${v} is not a count`);
      return NaN;
    }
    if (typeof v !== 'number') {
      this.fail(`field "${field}" must be a number, got ${describe(v)}`);
      return NaN;
    }
    return v;
  }

  boolean(field: string): boolean {
    const v = this.take(field);
    if (typeof v !== 'boolean') {
      this.fail(`field "${field}" must be true or false, got ${describe(v)}`);
      return false;
    }
    return v;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const v = this.string(field);
    if (!(allowed as readonly string[]).includes(v)) {
      this.fail(`field "${field}" is "${v}"; expected one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
    }
    return v as T;
  }

  strings(field: string): string[] {
    const v = this.take(field);
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) {
      this.fail(`field "${field}" must be a list of strings`);
      return [];
    }
    return v as string[];
  }

  /** An object of words to positive numbers: { "thousand": 1000 }. */
  numberMap(field: string): Map<string, number> {
    const v = this.take(field);
    if (!isRecord(v) || Object.values(v).some((n) => typeof n !== 'number' || !Number.isFinite(n) || n <= 0)) {
      this.fail(`field "${field}" must be an object of words to positive numbers`);
      return new Map();
    }
    return new Map(Object.entries(v as Record<string, number>));
  }

  /** A list of [number, number] pairs, e.g. bounds or coordinates. */
  numberPairs(field: string): [number, number][] {
    const v = this.take(field);
    const ok =
      Array.isArray(v) &&
      v.every((p) => Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n)));
    if (!ok) {
      this.fail(`field "${field}" must be a list of [number, number] pairs`);
      return [];
    }
    return v as [number, number][];
  }

  /** A list of objects, each read by `read` with its own reader (named after this entry). */
  list<T>(field: string, read: (r: EntryReader, i: number) => T, opts: { optional?: boolean } = {}): T[] {
    const v = this.take(field);
    if (v === undefined && opts.optional) return [];
    if (!Array.isArray(v)) {
      this.fail(`field "${field}" must be a list`);
      return [];
    }
    return v.flatMap((item: Json, i) => {
      if (!isRecord(item)) {
        this.fail(`${field}[${i}] must be an object`);
        return [];
      }
      return [read(new EntryReader(this.file, item, this.errors, `${this.entry} ${field}[${i}]`, this.editions), i)];
    });
  }

  /** An optional nested object, read with its own reader. */
  object<T>(field: string, read: (r: EntryReader) => T): T | null {
    const v = this.take(field);
    if (v === undefined) return null;
    if (!isRecord(v)) {
      this.fail(`field "${field}" must be an object`);
      return null;
    }
    return read(new EntryReader(this.file, v, this.errors, `${this.entry} ${field}`, this.editions));
  }

  /** Call after reading every field: reports fields the schema does not know. */
  done(): void {
    for (const key of Object.keys(this.record)) {
      if (!this.seen.has(key)) this.fail(`unknown field "${key}"`);
    }
  }
}

export function isRecord(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: Json): string {
  if (v === undefined) return 'nothing (field missing)';
  if (v === null) return 'null';
  if (typeof v === 'number' && !Number.isFinite(v)) return `${v}, which is not a finite number`;
  if (Array.isArray(v)) return 'a list';
  return `${typeof v} ${JSON.stringify(v)}`;
}
