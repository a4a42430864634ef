/**
 * What the desk writes, as changes to files it has read (files.ts writes them): the saved article
 * (its seed, checksum line and source entry), a word added to a language file, and on publishing
 * the claims, new claimants, `reviewed:` lines in every edition's copy and the texts an edition
 * lacked. JSON is edited in place (jsonc-parser) and formatted as prettier formats it, so the
 * rest of each file is left as it was. Every figure is read here, by the checker's parser, from
 * the words the editor selected: a draft never carries a number.
 */
import { applyEdits, modify, parse } from 'jsonc-parser';
import { format, resolveConfig } from 'prettier';
import { join } from 'node:path';
import { resolveLanguage } from '../../../src/lib/data/language.ts';
import { readLanguages } from '../../../src/lib/data/read-files.ts';
import { SLUG } from '../../../src/lib/data/text.ts';
import { emptyLanguageFile } from '../../../src/lib/data/word-kinds.ts';
import { DATA_FILES } from '../../../src/lib/data/validate.ts';
import { slugOf, type ArticleFields } from '../../../src/desk/draft.ts';
import { CHECKSUMS, dataPath, hashOf, type Change } from './files.ts';
import type { Snapshot } from './project.ts';

/** A refusal the editor can act on; the desk shows its message. */
export class DeskError extends Error {}

type Json = unknown;

/** Sets `value` at `path` of a JSON text (-1 appends to a list), keeping the rest as written. */
export function editJson(text: string, path: (string | number)[], value: Json): string {
  return applyEdits(text, modify(text, path, value, { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
}

/** Formats a file's text as `prettier --check` expects it, by the project's own config. */
export async function formatted(root: string, path: string, text: string): Promise<string> {
  if (!path.endsWith('.json')) return text;
  const options = (await resolveConfig(join(root, path))) ?? {};
  return format(text, { ...options, filepath: join(root, path) });
}

const list = (snap: Snapshot, path: string) => parse(snap.texts[path] || '[]') as Record<string, Json>[];

export function uniqueId(base: string, taken: Set<string>): string {
  let id = base.slice(0, 60).replace(/-+$/, '');
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 57)}-${n}`;
  if (!SLUG.test(id)) throw new DeskError(`"${id}" is not a slug`);
  return id;
}

/** Saving an article: its seed (named from the outlet, edition and date), checksum line and source entry. */
export function saveArticle(snap: Snapshot, a: ArticleFields): { source: string; changes: Change[] } {
  if (a.text.trim() === '') throw new DeskError('the article has no text');
  if (a.outlet.trim() === '') throw new DeskError('the outlet is empty (write "unnamed" when the text names none)');
  if (a.outlet_note.trim() === '')
    throw new DeskError('the outlet note is empty: say what the text shows of the outlet');
  if (a.date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(a.date))
    throw new DeskError('the date must be YYYY-MM-DD, or empty');
  const words = readLanguages(snap.input, []);
  const lang = resolveLanguage(a.language, words);
  if ('problem' in lang) throw new DeskError(`Language: ${lang.problem}`);
  const sources = list(snap, DATA_FILES.sources);
  const base = slugOf([a.outlet, a.edition, a.date || 'undated'].filter(Boolean).join(' '));
  const taken = new Set([
    ...sources.map((s) => String(s.id)),
    ...Object.keys(snap.input.seeds).map((f) => f.replace(/\.txt$/, '')),
  ]);
  const id = uniqueId(base, taken);
  const file = `${id}.txt`;
  const seedPath = dataPath('seeds', file);
  // The text as pasted (the page's line breaks are \n), UTF-8, no byte-order mark.
  const text = a.text.replace(/^\uFEFF/, '');
  const entry: Record<string, Json> = {
    id,
    file,
    outlet: a.outlet.trim(),
    outlet_note: a.outlet_note.trim(),
    ...(a.edition.trim() ? { edition: a.edition.trim() } : {}),
    byline: a.byline.trim(),
    date: a.date,
    date_text: a.date_text.trim() || (a.date ? a.date : 'not stated'),
    language: lang.tag,
    translation: a.translation,
    reposting: a.reposting.trim(),
    headline: a.headline.trim(),
  };
  const sums = snap.texts[CHECKSUMS];
  return {
    source: id,
    changes: [
      { path: seedPath, text, read: snap.hashes[seedPath] ?? 'missing' },
      {
        path: CHECKSUMS,
        text: `${sums}${sums === '' || sums.endsWith('\n') ? '' : '\n'}${hashOf(text)}  ${file}\n`,
        read: snap.hashes[CHECKSUMS],
      },
      {
        path: DATA_FILES.sources,
        text: editJson(snap.texts[DATA_FILES.sources], [-1], entry),
        read: snap.hashes[DATA_FILES.sources],
      },
    ],
  };
}

/** A word added to a language file, in the field of its kind (word-kinds.ts). */
export function addWord(snap: Snapshot, language: string, path: string[], word: string, value: number | null): Change {
  const file = dataPath('data/languages', `${language}.json`);
  const text = snap.texts[file];
  if (!text) throw new DeskError(`${file} does not exist`);
  const w = word.trim().normalize('NFC');
  if (!w) throw new DeskError('the word is empty');
  if (!path.every((p) => /^[a-z_ ]+$/.test(p))) throw new DeskError(`no such kind of word: ${path.join(' › ')}`);
  const data = parse(text) as Record<string, Json>;
  let at: Json = data;
  for (const key of path) at = (at as Record<string, Json> | undefined)?.[key];
  if (value === null) {
    if (!Array.isArray(at)) throw new DeskError(`${file} has no list ${path.join(' › ')}`);
    if (at.includes(w)) throw new DeskError(`"${w}" is already in ${path.join(' › ')}`);
    return { path: file, text: editJson(text, [...path, -1], w), read: snap.hashes[file] };
  }
  if (typeof at !== 'object' || at === null || Array.isArray(at))
    throw new DeskError(`${file} has no map ${path.join(' › ')}`);
  if (!(Number.isFinite(value) && value > 0)) throw new DeskError('a word with a value needs a positive number');
  return { path: file, text: editJson(text, [...path, w], value), read: snap.hashes[file] };
}

/** A new language's words file, empty (word-kinds.ts), for a tag Intl knows and no file has yet. */
export function addLanguage(snap: Snapshot, tag: string, wordBoundaries: boolean): Change {
  let subtag: string;
  try {
    subtag = new Intl.Locale(Intl.getCanonicalLocales(tag.trim())[0]).language;
  } catch {
    throw new DeskError(`"${tag}" is not a BCP 47 language tag (such as "pt" or "pt-BR")`);
  }
  if (new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(subtag) === undefined)
    throw new DeskError(`"${subtag}" is not a language Intl knows`);
  const file = dataPath('data/languages', `${subtag}.json`);
  const words = readLanguages(snap.input, []);
  if (words.has(subtag)) throw new DeskError(`${file} exists already`);
  const like = words.values().next().value;
  if (!like) throw new DeskError('there is no language file to take the kinds of word from');
  return {
    path: file,
    text: JSON.stringify(emptyLanguageFile(subtag, wordBoundaries, like), null, 2) + '\n',
    read: snap.hashes[file] ?? 'missing',
  };
}
