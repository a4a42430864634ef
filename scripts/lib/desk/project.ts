/**
 * The project as the desk reads it: every data file, language file, seed and story copy with the
 * hash it had when read, the LedgerInput the checks take, and the editions. Read fresh for every
 * request, so the desk never works from a copy older than the disk.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, buildLedger, type LedgerResult } from '../../../src/lib/data/validate.ts';
import { LANGUAGES_DIR } from '../../../src/lib/data/language-file.ts';
import type { LedgerInput } from '../../../src/lib/data/types.ts';
import { CHECKSUMS, MISSING, ProjectFiles } from './files.ts';
import { loadEditions } from '../load.ts';
import type { Edition } from '../../../src/lib/i18n/edition.ts';

export interface Snapshot {
  files: ProjectFiles;
  /** Text of every file read, by path from the project root. */
  texts: Record<string, string>;
  hashes: Record<string, string>;
  input: LedgerInput;
  editions: Edition[];
}

const listed = (dir: string, ext: string) =>
  existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(ext) && !n.startsWith('.')) : [];

export function snapshot(root: string): Snapshot {
  const files = new ProjectFiles(root);
  const texts: Record<string, string> = {};
  const hashes: Record<string, string> = {};
  const take = (path: string) => {
    const { text, hash } = files.read(path);
    texts[path] = text;
    hashes[path] = hash;
    return hash === MISSING ? undefined : text;
  };
  const input: LedgerInput = { files: {}, seeds: {} };
  for (const path of Object.values(DATA_FILES)) input.files[path] = take(path);
  for (const name of listed(join(root, LANGUAGES_DIR), '.json'))
    input.files[`${LANGUAGES_DIR}/${name}`] = take(`${LANGUAGES_DIR}/${name}`);
  for (const name of listed(join(root, 'seeds'), '.txt')) input.seeds[name] = take(`seeds/${name}`) ?? '';
  const editions = loadEditions(root);
  for (const e of editions) take(e.storyFile);
  take(CHECKSUMS);
  return { files, texts, hashes, input, editions };
}

/** The ledger of `input` in the default edition's words, every edition's texts checked. */
export function ledgerOf(input: LedgerInput, editions: Edition[]): LedgerResult {
  return buildLedger(input, { lang: editions[0].lang, languages: editions.map((e) => e.lang) });
}

/** `input` with some files' texts replaced: what the data will be once they are written. */
export function withTexts(input: LedgerInput, changed: Record<string, string>): LedgerInput {
  const files = { ...input.files };
  const seeds = { ...input.seeds };
  for (const [path, text] of Object.entries(changed)) {
    if (path.startsWith('seeds/')) seeds[path.slice('seeds/'.length)] = text;
    else if (path.startsWith('data/') && path.endsWith('.json')) files[path] = text;
  }
  return { files, seeds };
}
