/**
 * Reads the editions' messages files (data/messages/<lang>.json): each one edition of the story.
 * English is the reference: every other file has exactly its keys, each message with the same
 * placeholders, and a plural message has its "other" form. Every problem names the file and key.
 */
import { isRecord, type Json } from '../data/fields.ts';
import { parseJson } from '../data/json.ts';
import type { LedgerError } from '../data/types.ts';
import { placeholders, type Message, type Messages } from './translator.ts';

export const MESSAGES_DIR = 'data/messages';
/** The default edition, at the story's root; the others are at <lang>/. */
export const DEFAULT_LANG = 'en';
/** Keys that are notes to editors, not messages. */
const NOTE = '$comment';
const PLURAL_FORMS = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);

export const messagesFile = (lang: string) => `${MESSAGES_DIR}/${lang}.json`;

/** The language tag a messages file is named for ("ko" of ko.json), or null when it is not one. */
export function editionOf(fileName: string): string | null {
  const m = /^([a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?)\.json$/.exec(fileName);
  if (!m) return null;
  try {
    return Intl.getCanonicalLocales(m[1])[0] === m[1] ? m[1] : null;
  } catch {
    return null;
  }
}

function readMessage(value: Json, fail: (m: string) => void): Message | undefined {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return void fail('must be a string, or plural forms { "one": …, "other": … }');
  for (const [form, text] of Object.entries(value)) {
    if (!PLURAL_FORMS.has(form)) fail(`"${form}" is not a plural form (${[...PLURAL_FORMS].join(', ')})`);
    else if (typeof text !== 'string') fail(`the "${form}" form must be a string`);
  }
  if (typeof value.other !== 'string') return void fail('plural forms need "other"');
  return value as Message;
}

/**
 * One messages file, checked against the English one (`reference`; none when reading English).
 * Returns the messages, or null when the file could not be read at all.
 */
export function readMessages(
  lang: string,
  bytes: Uint8Array | string | undefined,
  errors: LedgerError[],
  reference?: Messages,
): Messages | null {
  const file = messagesFile(lang);
  const data = parseJson(file, bytes, errors);
  if (data === undefined) return null;
  if (!isRecord(data)) {
    errors.push({ file, entry: '(file)', message: 'must hold one JSON object of messages by key' });
    return null;
  }
  const messages: Record<string, Message> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === NOTE) continue;
    const fail = (message: string) => void errors.push({ file, entry: key, message });
    if (reference && !(key in reference)) {
      fail(`unknown message (not in ${messagesFile(DEFAULT_LANG)}): remove it, or add it there first`);
      continue;
    }
    const message = readMessage(value, fail);
    if (message === undefined) continue;
    const mine = placeholders(message);
    if (reference) {
      const theirs = placeholders(reference[key as keyof Messages]);
      const lost = [...theirs].filter((p) => !mine.has(p));
      const extra = [...mine].filter((p) => !theirs.has(p));
      if (lost.length) fail(`lacks ${lost.map((p) => `{${p}}`).join(', ')}, which the English message fills in`);
      if (extra.length) fail(`uses ${extra.map((p) => `{${p}}`).join(', ')}, which the English message does not have`);
    }
    messages[key] = message;
  }
  if (reference) {
    for (const key of Object.keys(reference)) {
      if (!(key in data)) errors.push({ file, entry: key, message: `missing: ${messagesFile(DEFAULT_LANG)} has it` });
    }
  }
  return messages as Messages;
}
