/**
 * Parses a data file strictly: JSON syntax with the line and column of an error, no byte-order
 * mark, no key given twice in one object (JSON.parse would keep the last silently), and a list
 * file that holds at least one entry.
 */
import { visit } from 'jsonc-parser';
import type { Json } from './fields.ts';
import { decodeText } from './text.ts';
import type { LedgerError } from './types.ts';

/** Line and column (1-based) of a UTF-16 offset. */
function where(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')}`;
}

/** Keys given twice in one object, with their lines. */
function duplicateKeys(text: string): string[] {
  const stack: Set<string>[] = [];
  const found: string[] = [];
  visit(text, {
    onObjectBegin: () => void stack.push(new Set()),
    onObjectEnd: () => void stack.pop(),
    onObjectProperty: (key, _offset, _length, line) => {
      const keys = stack[stack.length - 1];
      if (keys.has(key)) found.push(`key "${key}" is given twice in one object (line ${line + 1})`);
      keys.add(key);
    },
  });
  return found;
}

/** Parses one JSON data file; `undefined` bytes mean the file is missing. */
export function parseJson(
  file: string,
  bytes: Uint8Array | string | undefined,
  errors: LedgerError[],
): Json | undefined {
  const fail = (message: string) => void errors.push({ file, entry: '(file)', message });
  if (bytes === undefined) return fail('file is missing');
  const decoded = decodeText(file, bytes, errors);
  if (!decoded) return undefined;
  if (decoded.bom) fail(`unexpected byte-order mark at the start of ${file}: save it as UTF-8 without a BOM`);
  const { text } = decoded;
  let data: Json;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    return fail(`malformed JSON${pos ? ` at ${where(text, Number(pos[1]))}` : ''}: ${msg}`);
  }
  const dups = duplicateKeys(text);
  for (const d of dups) fail(d);
  return dups.length ? undefined : data;
}

/** A data file that must hold a list of entries, at least one ("claims.json holds no claims"). */
export function parseJsonList(
  file: string,
  bytes: Uint8Array | string | undefined,
  what: string,
  errors: LedgerError[],
): Json[] | null {
  const data = parseJson(file, bytes, errors);
  if (data === undefined) return null;
  const name = file.split('/').pop();
  if (!Array.isArray(data)) {
    errors.push({ file, entry: '(file)', message: `${name} must hold a JSON list of ${what}` });
    return null;
  }
  if (data.length === 0) {
    errors.push({ file, entry: '(file)', message: `${name} holds no ${what}` });
    return null;
  }
  return data;
}
