/**
 * Reads each data file with its own reader (src/lib/data/readers.ts): list files with unique
 * slug ids, and the language files, one JSON object each.
 */
import { ENGLISH, EntryReader, isRecord, type TextEditions } from './fields.ts';
import { parseJson, parseJsonList } from './json.ts';
import { LANGUAGES_DIR, readLanguageFile, type LanguageWords } from './language-file.ts';
import { readMagnitude } from './readers.ts';
import { SLUG, SLUG_RULE } from './text.ts';
import type { LedgerError, LedgerInput, Magnitude } from './types.ts';

/** Reads one list file with its reader; ids must be unique slugs. */
export function readList<T>(
  file: string,
  what: string,
  readEntry: (r: EntryReader) => T,
  input: LedgerInput,
  errors: LedgerError[],
  idField = 'id',
  editions: TextEditions = ENGLISH,
): T[] {
  const rows = parseJsonList(file, input.undecodable?.[file] ?? input.files[file], what, errors);
  if (!rows) return [];
  const ids = new Set<string>();
  return rows.flatMap((row, i) => {
    if (!isRecord(row)) {
      errors.push({ file, entry: `entry #${i + 1}`, message: 'must be an object' });
      return [];
    }
    const r = EntryReader.forEntry(file, row, i, errors, idField, editions);
    const id = row[idField];
    if (typeof id !== 'string' || id === '') r.fail(`field "${idField}" must be a non-empty string`);
    else if (!SLUG.test(id)) r.fail(`${idField} "${id}" is not a slug: ${SLUG_RULE}`);
    else if (ids.has(id)) r.fail(`duplicate ${idField} "${id}"`);
    else ids.add(id);
    const value = readEntry(r);
    r.done();
    return [value];
  });
}

/** The magnitude table, data/magnitudes.json: how a plural word for an order of magnitude reads. */
export const MAGNITUDES_FILE = 'data/magnitudes.json';

/**
 * The language files, their magnitude words resolved by the table (`table`, read here when the
 * caller has not read it already).
 */
export function readLanguages(
  input: LedgerInput,
  errors: LedgerError[],
  table: Magnitude[] = readList(MAGNITUDES_FILE, 'magnitudes', readMagnitude, input, errors),
): Map<string, LanguageWords> {
  const orders = new Map(table.map((m) => [m.order, { id: m.id, low: m.low, high: m.high }]));
  const words = new Map<string, LanguageWords>();
  for (const [file, text] of Object.entries({ ...input.files, ...input.undecodable })) {
    const tag = file.startsWith(`${LANGUAGES_DIR}/`)
      ? /^([a-z]{2,3})\.json$/.exec(file.slice(LANGUAGES_DIR.length + 1))
      : null;
    if (!file.startsWith(`${LANGUAGES_DIR}/`)) continue;
    if (!tag) {
      errors.push({
        file,
        entry: '(file)',
        message: 'a language file is named for its language subtag: data/languages/ko.json',
      });
      continue;
    }
    const data = parseJson(file, text, errors);
    if (data === undefined) continue;
    if (!isRecord(data)) errors.push({ file, entry: '(file)', message: 'must hold one JSON object' });
    else {
      const r = new EntryReader(file, data, errors, tag[1]);
      words.set(tag[1], readLanguageFile(r, tag[1], orders));
      r.done();
    }
  }
  return words;
}
