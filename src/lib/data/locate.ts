/**
 * Finds a quote in its seed text.
 *
 * The matching rule (documented in docs/ledger.md): the quote must occur in the seed character for
 * character, except that any run of whitespace in either (spaces, tabs, line breaks, no-break
 * spaces) matches any other run of whitespace, and whitespace at the quote's ends is ignored.
 * Nothing else is normalised: not quotes marks, dashes, case or punctuation.
 *
 * Offsets are Unicode code points into the seed, end exclusive, of the first occurrence.
 */
import type { Span } from './types.ts';

interface Normalised {
  text: string;
  /** For each code point of `text`, the code-point offset in the original. */
  map: number[];
}

function normalise(original: string): Normalised {
  const chars = Array.from(original);
  let text = '';
  const map: number[] = [];
  let inSpace = false;
  chars.forEach((ch, i) => {
    if (/\s/u.test(ch)) {
      if (!inSpace) {
        text += ' ';
        map.push(i);
      }
      inSpace = true;
    } else {
      text += ch;
      map.push(i);
      inSpace = false;
    }
  });
  return { text, map };
}

export interface Located {
  span: Span | null;
  /** When not found: how many code points of the (normalised) quote did match somewhere. */
  matchedPrefix: number;
  /** When not found: what the seed has where the quote stops matching (up to 20 code points). */
  seedThere?: string;
}

/** The length of the longest prefix of `needle` that occurs somewhere in `hay`. */
function longestPrefix(hay: string, needle: string): number {
  let lo = 0;
  let hi = needle.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (hay.includes(needle.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Seeds folded once each: every quote of a seed, and every figure of a quote, is looked for in the
 * same text. A few entries suffice (the cross-file pass walks claims source by source).
 */
const folded = new Map<string, Normalised>();
function foldedOnce(text: string): Normalised {
  let n = folded.get(text);
  if (!n) {
    if (folded.size >= 64) folded.delete(folded.keys().next().value!);
    folded.set(text, (n = normalise(text)));
  }
  return n;
}

export function locateQuote(seed: string, quote: string): Located {
  const hay = foldedOnce(seed);
  const needle = normalise(quote.trim()).text;
  if (needle === '') return { span: null, matchedPrefix: 0 };
  const at = hay.text.indexOf(needle);
  if (at < 0) {
    const prefix = needle.slice(0, longestPrefix(hay.text, needle));
    const there = prefix ? hay.text.indexOf(prefix) + prefix.length : -1;
    const seedThere = there >= 0 ? Array.from(hay.text.slice(there)).slice(0, 20).join('') : undefined;
    return { span: null, matchedPrefix: Array.from(prefix).length, seedThere };
  }
  // Convert UTF-16 indices of the normalised text to code-point indices, then back to the original.
  const startCp = Array.from(hay.text.slice(0, at)).length;
  const lenCp = Array.from(needle).length;
  const start = hay.map[startCp];
  const end = hay.map[startCp + lenCp - 1] + 1;
  return { span: { start, end }, matchedPrefix: lenCp };
}

/** "U+202F NARROW NO-BREAK SPACE"-style names for the code points of a short string: "U+0020", "U+202F". */
export function codePoints(text: string): string {
  return Array.from(text)
    .map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
    .join(' ');
}

/** Whether a character is drawn as nothing or as a space: format controls and whitespace. */
const INVISIBLE = /^[\s\p{Cf}]$/u;

/**
 * Where `needle` stops matching the text it was looked for in, with the code points of both
 * characters there (in the text as written, before whitespace is folded), so that two characters
 * that look alike (a space and a narrow no-break space, an apostrophe and a right quote) are told
 * apart: for messages.
 */
export function firstDifference(needle: string, hay: string): string {
  const wanted = Array.from(normaliseSpace(needle.trim()));
  const folded = normalise(hay);
  const prefix = wanted.slice(0, longestPrefix(folded.text, wanted.join(''))).join('');
  const at = Array.from(prefix).length;
  const mine = wanted[at];
  const foundAt = prefix ? folded.text.indexOf(prefix) : -1;
  if (mine === undefined || foundAt < 0) return '';
  const index = Array.from(folded.text.slice(0, foundAt)).length + at;
  const there = Array.from(hay)[folded.map[index] ?? -1];
  if (there === undefined) return '';
  const alike = (INVISIBLE.test(mine) && INVISIBLE.test(there)) || mine.normalize('NFKC') === there.normalize('NFKC');
  const cps = alike || mine !== there ? ` (${codePoints(mine)} where the text has ${codePoints(there)})` : '';
  return `; it matches up to character ${at + 1} of ${wanted.length}: there it has "${mine}" and the text "${there}"${cps}`;
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ');
}
