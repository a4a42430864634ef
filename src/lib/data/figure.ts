/**
 * Parses the words that state a figure ("roughly 9,000", "20,000 to 24,000", "2.5 million",
 * "triple", "thousands") into a low/high pair and the hedge the words carry.
 * The ledger's build-time check compares this parse with each claim's low/high/qualifier.
 */
import type { Qualifier } from './types.ts';

export interface ParsedFigure {
  low: number;
  high: number;
  /** The hedge found in the words, or null when they carry none. */
  qualifier: Qualifier | null;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  double: 2,
  triple: 3,
  quadruple: 4,
};

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** Vague counts: the order of magnitude they name. */
const MAGNITUDES: Record<string, number> = { dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6 };

const HEDGES: [RegExp, Qualifier][] = [
  [/^(?:an estimated|estimated|around|about|roughly|approximately|some|nearly|almost)\s+/, 'about'],
  [/^(?:over|more than|at least)\s+/, 'over'],
  [/^(?:up to|as many as)\s+/, 'up to'],
];

/** One number: "9,000", "2.5 million", "700", "three", "triple", "three times". */
function parseNumber(words: string): number | null {
  const w = words.trim();
  const digits = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(thousand|million|billion))?(?:\s+times)?$/.exec(w);
  if (digits) {
    const n = Number(digits[1].replaceAll(',', ''));
    const scaled = digits[2] ? n * SCALES[digits[2]] : n;
    return Math.round(scaled * 1e6) / 1e6;
  }
  const word = /^([a-z]+)(?:\s+times)?$/.exec(w);
  if (word && word[1] in WORD_NUMBERS) return WORD_NUMBERS[word[1]];
  return null;
}

/**
 * @example parseFigure('between 20,000 and 24,000') // { low: 20000, high: 24000, qualifier: 'range' }
 * @returns null when the words state no number this parser knows.
 */
export function parseFigure(figure: string): ParsedFigure | null {
  let text = figure.trim().toLowerCase().replace(/\s+/g, ' ');
  let qualifier: Qualifier | null = null;
  for (const [pattern, q] of HEDGES) {
    if (pattern.test(text)) {
      text = text.replace(pattern, '');
      qualifier = q;
      break;
    }
  }
  if (text in MAGNITUDES) {
    return { low: MAGNITUDES[text], high: MAGNITUDES[text], qualifier: 'order of magnitude' };
  }
  const range = /^(?:between\s+)?(.+?)\s*(?:\bto\b|\band\b|–|—|-)\s*(.+)$/.exec(text);
  if (range) {
    const low = parseNumber(range[1]);
    const high = parseNumber(range[2]);
    if (low !== null && high !== null) return { low, high, qualifier: 'range' };
  }
  const n = parseNumber(text);
  return n === null ? null : { low: n, high: n, qualifier };
}
