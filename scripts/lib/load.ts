/**
 * Reads the data files and seeds from disk and validates them: the one place the build, the
 * dev server and the check:data command get the ledger from.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildLedger, DATA_FILES, formatErrors, type LedgerInput } from '../../src/lib/data/validate.ts';
import type { Ledger } from '../../src/lib/data/types.ts';
import { parseStory, STORY_FILE, type Story } from '../../src/lib/story/copy.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

export function readLedgerInput(root = ROOT): LedgerInput {
  const files: LedgerInput['files'] = {};
  for (const file of Object.values(DATA_FILES)) {
    const path = join(root, file);
    files[file] = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  }
  const seeds: LedgerInput['seeds'] = {};
  for (const name of readdirSync(join(root, 'seeds'))) {
    if (name.endsWith('.txt')) seeds[name] = readFileSync(join(root, 'seeds', name), 'utf8');
  }
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
}

/** The validated ledger and story copy, or throws LedgerInvalid listing every problem. */
export function loadContent(root = ROOT): Content {
  const { ledger, errors } = buildLedger(readLedgerInput(root));
  if (!ledger) throw new LedgerInvalid(formatErrors(errors));
  const storyPath = join(root, STORY_FILE);
  if (!existsSync(storyPath)) throw new LedgerInvalid(`${STORY_FILE} [(file)]: file is missing`);
  const parsed = parseStory(readFileSync(storyPath, 'utf8'), ledger);
  if (!parsed.story) throw new LedgerInvalid(formatErrors(parsed.errors));
  return { ledger, story: parsed.story };
}
