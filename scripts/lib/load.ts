/**
 * Reads the data files and seeds from disk and validates them: the one place the build, the
 * dev server and the check:data command get the ledger from. Files are read as bytes, so the
 * checks can refuse bad UTF-8 by its byte offset.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { buildLedger, DATA_FILES, formatErrors, readLanguages, type LedgerInput } from '../../src/lib/data/validate.ts';
import { LANGUAGES_DIR } from '../../src/lib/data/language-file.ts';
import { decodeText } from '../../src/lib/data/text.ts';
import type { Ledger, LedgerError } from '../../src/lib/data/types.ts';
import { parseStory, storyFile } from '../../src/lib/story/copy.ts';
import { DEFAULT_LANG, editionOf, MESSAGES_DIR, messagesFile, readMessages } from '../../src/lib/i18n/messages.ts';
import { translator, type I18n, type Messages } from '../../src/lib/i18n/translator.ts';
import type { Edition } from '../../src/lib/i18n/edition.ts';
import type { ServedContent } from '../../src/lib/content.ts';
import { textDirection } from '../../src/lib/data/language.ts';
import { staleSteps } from '../../src/lib/story/freshness.ts';
import { editionDifferences } from '../../src/lib/story/editions.ts';
import { resolveScenes } from '../../src/lib/scene/resolve.ts';
import type { Scenes } from '../../src/lib/scene/types.ts';
import { buildBasemap, BASEMAP_EXTENT, DEFAULT_SIMPLIFY, type CountryFeature, type Topology } from './basemap.ts';
import type { PartRule } from './basemap-parts.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Regular files of a folder, by name (none when the folder is missing). */
function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile());
}

/**
 * Reads the files as text. A file that is not valid UTF-8 is also kept as bytes, in
 * `undecodable`, so that the checks can name the offset of its first bad byte. A byte-order mark
 * is kept, for the checks to report.
 */
export function readLedgerInput(root = ROOT): LedgerInput {
  const input: LedgerInput = { files: {}, seeds: {}, undecodable: {} };
  const read = (path: string, key: string): string => {
    const bytes = readFileSync(join(root, path));
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      input.undecodable![key] = bytes;
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    }
  };
  for (const file of Object.values(DATA_FILES)) {
    input.files[file] = existsSync(join(root, file)) ? read(file, file) : undefined;
  }
  for (const name of filesIn(join(root, LANGUAGES_DIR))) {
    const file = `${LANGUAGES_DIR}/${name}`;
    input.files[file] = read(file, file);
  }
  if (!existsSync(join(root, 'seeds'))) input.noSeedsFolder = true;
  for (const name of filesIn(join(root, 'seeds'))) input.seeds[name] = read(join('seeds', name), `seeds/${name}`);
  return input;
}

export class LedgerInvalid extends Error {
  constructor(readonly report: string) {
    super(`The ledger in data/ is invalid:\n${report}`);
  }
}

/**
 * Every edition, the default first: one per data/messages/<lang>.json, each checked against the
 * English file. Throws LedgerInvalid naming every problem (a file misnamed, a key missing).
 */
export function loadEditions(root = ROOT): Edition[] {
  const errors: LedgerError[] = [];
  // A project with no data/messages/ of its own (the test fixtures) is one edition, in English,
  // with the story's English words.
  const own = existsSync(join(root, MESSAGES_DIR));
  if (!own) root = ROOT;
  const names = own ? filesIn(join(root, MESSAGES_DIR)).filter((n) => n.endsWith('.json')) : [];
  const langs: string[] = [];
  for (const name of names) {
    const lang = editionOf(name);
    if (lang) langs.push(lang);
    else
      errors.push({
        file: `${MESSAGES_DIR}/${name}`,
        entry: '(file)',
        message: "a messages file is named for its edition's canonical language tag: data/messages/ko.json",
      });
  }
  const read = (lang: string, reference?: Messages) => {
    const path = join(root, messagesFile(lang));
    return readMessages(lang, existsSync(path) ? readFileSync(path) : undefined, errors, reference);
  };
  const english = read(DEFAULT_LANG);
  const editions: Edition[] = [];
  if (english) {
    for (const lang of [DEFAULT_LANG, ...langs.filter((l) => l !== DEFAULT_LANG).sort()]) {
      const messages = lang === DEFAULT_LANG ? english : read(lang, english);
      if (!messages) continue;
      const path = lang === DEFAULT_LANG ? '' : `${lang}/`;
      editions.push({ lang, dir: textDirection(lang), messages, path, storyFile: storyFile(lang, DEFAULT_LANG) });
    }
  }
  if (errors.length) throw new LedgerInvalid(formatErrors(errors));
  return editions;
}

/** The words and formats of an edition (src/lib/i18n/translator.ts). */
export function i18nOf(edition: Edition): I18n {
  return translator(edition.lang, edition.dir, edition.messages);
}

export type { ServedContent };

/** One edition's content as the loader reads it: what pages are rendered from, and what only the build needs. */
export interface Content extends Omit<ServedContent, 'edition'> {
  /** The edition this content is in: its ledger's labels, its copy and its scenes' words. */
  edition: Edition;
  /** The basemap (public/geo/countries.json), built from world-atlas with the ledger's country parts. */
  basemap: CountryFeature[];
  /** Things done that a maintainer should know (a byte-order mark stripped). */
  notes: string[];
}

/**
 * One edition's validated ledger (its labels in the edition's language), story copy and their
 * scenes, or throws LedgerInvalid listing every problem. `lang` is the default edition's unless given.
 */
export function loadContent(root = ROOT, lang = DEFAULT_LANG, editions = loadEditions(root)): Content {
  const edition = editions.find((e) => e.lang === lang);
  if (!edition) throw new LedgerInvalid(`${messagesFile(lang)} [(file)]: no such edition (file is missing)`);
  const input = readLedgerInput(root);
  const { ledger, errors, notes } = buildLedger(input, {
    lang,
    languages: editions.map((e) => e.lang),
  });
  if (!ledger) throw new LedgerInvalid(formatErrors(errors));
  const file = edition.storyFile;
  const storyPath = join(root, file);
  if (!existsSync(storyPath)) throw new LedgerInvalid(`${file} [(file)]: file is missing (the ${lang} edition's copy)`);
  const storyErrors: LedgerError[] = [];
  const decoded = decodeText(file, readFileSync(storyPath), storyErrors);
  if (!decoded) throw new LedgerInvalid(formatErrors(storyErrors));
  if (decoded.bom) notes.push(`${file}: byte-order mark stripped`);
  // The edition's counters (its language file's units) follow a cited figure only once.
  const counters = readLanguages(input, []).get(new Intl.Locale(lang).language)?.units ?? [];
  const parsed = parseStory(decoded.text, ledger, file, lang, counters);
  if (!parsed.story) throw new LedgerInvalid(formatErrors(parsed.errors));
  const stale = staleSteps(parsed.story, ledger, decoded.text, file);
  if (stale.length) throw new LedgerInvalid(formatErrors(stale));
  const basemap = basemapOf(ledger);
  let scenes: Scenes;
  try {
    scenes = resolveScenes(ledger, parsed.story.steps, basemap, i18nOf(edition));
  } catch (e) {
    throw new LedgerInvalid(e instanceof Error ? e.message : String(e));
  }
  return { edition, ledger, story: parsed.story, basemap, scenes, notes };
}

/**
 * Every edition's content, the default first (loadContent for each), each edition's copy checked
 * against the default's: the same steps, views, flows, charts and citations (editions.ts).
 */
export function loadEditionsContent(root = ROOT): Content[] {
  // Every edition is checked, so that one run names every edition's problems (the data's once).
  const contents: Content[] = [];
  const problems = new Set<string>();
  const editions = loadEditions(root);
  for (const e of editions) {
    try {
      contents.push(loadContent(root, e.lang, editions));
    } catch (err) {
      if (!(err instanceof LedgerInvalid)) throw err;
      for (const line of err.report.split('\n')) problems.add(line);
    }
  }
  if (problems.size) throw new LedgerInvalid([...problems].join('\n'));
  const [first, ...others] = contents;
  const errors = others.flatMap((c) =>
    editionDifferences(first.story, c.story, c.edition.storyFile, first.edition.storyFile),
  );
  if (errors.length) throw new LedgerInvalid(formatErrors(errors));
  return contents;
}

/** The parts of data/countries.json as the basemap build's rules (ids already checked). */
export function partRules(ledger: Ledger): PartRule[] {
  const iso = new Map(ledger.countries.map((c) => [c.id, c.iso_n3]));
  const place = new Map(ledger.places.map((p) => [p.id, p]));
  return ledger.countries.flatMap((c) =>
    c.parts.map((part) => ({
      from: iso.get(part.from)!,
      to: c.iso_n3,
      at: [place.get(part.contains)!.lon, place.get(part.contains)!.lat],
      // In English for every edition: the one basemap names its parts so (encoding.ts partKeys).
      name: part.names.en,
      status: part.statuses.en,
    })),
  );
}

let world: Topology | undefined;
const built = new Map<string, CountryFeature[]>();

/**
 * The basemap for a ledger: world-atlas (Natural Earth 1:50m) with its country parts moved
 * (basemap.ts). About half a second, so made once per set of rules in a process; callers never
 * change it.
 */
export function basemapOf(ledger: Ledger): CountryFeature[] {
  const rules = partRules(ledger);
  const key = JSON.stringify(rules);
  const cached = built.get(key);
  if (cached) return cached;
  // Resolved through node's resolver so it follows wherever npm placed world-atlas.
  world ??= JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology;
  let countries: CountryFeature[];
  try {
    countries = buildBasemap(world, BASEMAP_EXTENT, DEFAULT_SIMPLIFY, rules);
  } catch (e) {
    throw new LedgerInvalid(`data/countries.json [(parts)]: ${e instanceof Error ? e.message : String(e)}`);
  }
  built.set(key, countries);
  return countries;
}
