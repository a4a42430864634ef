/**
 * Reads the data files and seeds from disk and validates them: the one place the build, the
 * dev server and the check:data command get the ledger from. Files are read as bytes, so the
 * checks can refuse bad UTF-8 by its byte offset.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildLedger, DATA_FILES, formatErrors, type LedgerInput } from '../../src/lib/data/validate.ts';
import { LANGUAGES_DIR } from '../../src/lib/data/language.ts';
import { decodeText } from '../../src/lib/data/text.ts';
import type { Ledger, LedgerError } from '../../src/lib/data/types.ts';
import { parseStory, STORY_FILE, type Story } from '../../src/lib/story/copy.ts';
import { staleSteps } from '../../src/lib/story/freshness.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Regular files of a folder, by name (none when the folder is missing). */
function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile());
}

/**
 * A file as text when it is valid UTF-8; its raw bytes otherwise, so that the checks can name the
 * byte offset of the first bad byte. A byte-order mark is kept, for the checks to report.
 */
function readText(path: string): string | Uint8Array {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return bytes;
  }
}

export function readLedgerInput(root = ROOT): LedgerInput {
  const files: LedgerInput['files'] = {};
  for (const file of Object.values(DATA_FILES)) {
    const path = join(root, file);
    files[file] = existsSync(path) ? readText(path) : undefined;
  }
  for (const name of filesIn(join(root, LANGUAGES_DIR))) {
    files[`${LANGUAGES_DIR}/${name}`] = readText(join(root, LANGUAGES_DIR, name));
  }
  const seedDir = join(root, 'seeds');
  if (!existsSync(seedDir)) return { files, seeds: null };
  const seeds: NonNullable<LedgerInput['seeds']> = {};
  for (const name of filesIn(seedDir)) seeds[name] = readText(join(seedDir, name));
  return { files, seeds };
}

export class LedgerInvalid extends Error {
  constructor(readonly report: string) {
    super(`The ledger in data/ is invalid:\n${report}`);
  }
}

export interface Content {
  ledger: Ledger;
  story: Story;
  /** Things done that a maintainer should know (a byte-order mark stripped). */
  notes: string[];
}

/** The validated ledger and story copy, or throws LedgerInvalid listing every problem. */
export function loadContent(root = ROOT): Content {
  const { ledger, errors, notes } = buildLedger(readLedgerInput(root));
  if (!ledger) throw new LedgerInvalid(formatErrors(errors));
  const storyPath = join(root, STORY_FILE);
  if (!existsSync(storyPath)) throw new LedgerInvalid(`${STORY_FILE} [(file)]: file is missing`);
  const storyErrors: LedgerError[] = [];
  const decoded = decodeText(STORY_FILE, readText(storyPath), storyErrors);
  if (!decoded) throw new LedgerInvalid(formatErrors(storyErrors));
  if (decoded.bom) notes.push(`${STORY_FILE}: byte-order mark stripped`);
  const parsed = parseStory(decoded.text, ledger);
  if (!parsed.story) throw new LedgerInvalid(formatErrors(parsed.errors));
  const stale = staleSteps(parsed.story, ledger, decoded.text);
  if (stale.length) throw new LedgerInvalid(formatErrors(stale));
  return { ledger, story: parsed.story, notes };
}
