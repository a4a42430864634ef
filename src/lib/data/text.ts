/**
 * Text as the ledger accepts it: valid UTF-8, no byte-order mark where none belongs, no bidi
 * controls that could reorder what a reader sees, ids safe to use in file names and URLs.
 * Each problem names the file and where in it.
 */
import type { LedgerError } from './types.ts';

/** Embedding, override and isolate controls. The marks U+200E/U+200F of real RTL text are allowed. */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/u;

/** A quote's longest length in code points: a long paragraph, never a page. */
export const MAX_QUOTE = 2000;

/** An id: lower-case letters, digits, "-" and "_", starting with a letter; at most 64 characters. */
export const SLUG = /^[a-z][a-z0-9_-]{0,63}$/;

export const SLUG_RULE = 'use lower-case letters, digits, "-" and "_", starting with a letter (at most 64)';

/** The offset of the first byte that breaks UTF-8, or -1. */
export function firstBadByte(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || (k === 1 ? x < lo || x > hi : (x & 0xc0) !== 0x80)) return i + k;
    }
    i += n + 1;
  }
  return -1;
}

export interface Decoded {
  text: string;
  /** Set when a byte-order mark was stripped. */
  bom: boolean;
}

/**
 * Decodes a text file. Bad UTF-8 is an error naming the byte offset; a leading byte-order mark is
 * stripped (so offsets count what a browser's fetch().text() reads) and reported as `bom`.
 */
export function decodeText(file: string, bytes: Uint8Array | string, errors: LedgerError[]): Decoded | null {
  let text: string;
  if (typeof bytes === 'string') text = bytes;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      const at = Math.max(0, firstBadByte(bytes));
      const hex = bytes[at]?.toString(16).padStart(2, '0') ?? 'end of file';
      errors.push({ file, entry: '(file)', message: `is not valid UTF-8: byte 0x${hex} at byte offset ${at}` });
      return null;
    }
  }
  const bom = text.startsWith('\ufeff');
  if (bom) text = text.slice(1);
  const bidi = BIDI_CONTROLS.exec(text);
  if (bidi) {
    const before = text.slice(0, bidi.index);
    const code = bidi[0].codePointAt(0)?.toString(16).toUpperCase();
    errors.push({
      file,
      entry: '(file)',
      message:
        `holds the bidi control U+${code} at line ${before.split('\n').length}, character ${Array.from(before).length + 1}: ` +
        'embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are refused; ' +
        "the direction of a quote comes from its source's language, and the marks U+200E and U+200F are allowed",
    });
    return null;
  }
  return { text, bom };
}
