/**
 * Reads the number inside a figure, once its hedges are stripped: digit runs by the language's
 * grouping and decimal mark ("9,500", "9.500", "9 500", "1,2"), and number and scale words
 * as terms of number × scale ("four thousand 100", "1만 2천", "2.5 million").
 */
import type { FigureRules } from './types.ts';

export const SPACE = /^[\s\u00a0\u202f]$/u;
export const LETTER = /[\p{L}\p{M}]/u;

/** Whether `text` has a word break at `at`: an end, a space, or a letter beside a non-letter. */
export function boundary(text: string, at: number): boolean {
  const a = text[at - 1];
  const b = text[at];
  return a === undefined || b === undefined || a === ' ' || b === ' ' || !LETTER.test(a) || !LETTER.test(b);
}

export const byLength = (a: string, b: string) => b.length - a.length;

/** One run of digits with its separators, read by the language's grouping and decimal mark. */
function readDigits(token: string, rules: FigureRules): number | string {
  const { group, decimal, primary, secondary } = rules.symbols;
  const seps = token.match(/[^0-9]/g) ?? [];
  const runs = token.split(/[^0-9]/);
  if (seps.length === 0) return Number(token);
  const isGroup = (c: string) => group.includes(SPACE.test(c) ? ' ' : c);
  const g = group.map((c) => (c === ' ' ? 'a space' : `"${c}"`)).join(' or ');
  const d = decimal.map((c) => `"${c}"`).join(' or ');
  const writes = `${rules.name} groups digits with ${g} and marks decimals with ${d}`;
  const foreign = seps.find((c) => !isGroup(c) && !decimal.includes(c));
  if (foreign) return `"${token}" uses "${foreign}" between digits, but ${writes}`;
  const decimals = seps.flatMap((c, i) => (decimal.includes(c) ? [i] : []));
  if (decimals.length > 1) return `"${token}" has more than one decimal mark; ${writes}`;
  if (decimals.length === 1 && decimals[0] !== seps.length - 1) {
    return `"${token}" has digit groups after its decimal mark; ${writes}`;
  }
  const whole = decimals.length ? runs.slice(0, -1) : runs;
  const fraction = decimals.length ? runs[runs.length - 1] : '';
  if (whole.length > 1) {
    const wrong = whole.find((run, i) => {
      if (i === whole.length - 1) return run.length !== primary;
      if (i === 0) return run.length < 1 || run.length > secondary;
      return run.length !== secondary;
    });
    if (wrong !== undefined) return `"${token}" has a digit group "${wrong}" of the wrong length; ${writes}`;
  } else if (fraction.length === 3) {
    // "10.000" in English, "10,000" in Indonesian: a decimal here, a thousands group elsewhere.
    return (
      `"${token}" reads two ways: in ${rules.name} "${seps[0]}" marks decimals, ` +
      `but three digits after it read as a thousands group in languages that group digits with "${seps[0]}"`
    );
  }
  if (fraction === '' && decimals.length) return `"${token}" ends with a decimal mark`;
  return Number(`${whole.join('')}.${fraction || '0'}`);
}

const DIGITS = /^\d+(?:(?:[.,'’\u066b\u066c]|\u0020(?=\d{3}(?!\d)))\d+)*/;

/** Splits a number expression into digit runs and known words; a string is the problem found. */
function tokens(text: string, rules: FigureRules): (number | string)[] | string {
  const words = [
    ...rules.numbers.keys(),
    ...rules.scales.keys(),
    ...rules.fractions.keys(),
    ...rules.multipliers.keys(),
  ].sort(byLength);
  const out: (number | string)[] = [];
  let at = 0;
  while (at < text.length) {
    const rest = text.slice(at);
    if (rest[0] === ' ' || rest[0] === '-' || rest[0] === '\u2011') {
      at += 1;
      continue;
    }
    const digits = DIGITS.exec(rest);
    if (digits) {
      const n = readDigits(digits[0], rules);
      if (typeof n === 'string') return n;
      out.push(n);
      at += digits[0].length;
      continue;
    }
    const word = words.find((w) => rest.startsWith(w) && (!rules.wordBoundaries || boundary(text, at + w.length)));
    // The figure's words were all found known (figure.ts, unknownWord) before it is read: a word
    // not read here stands where no number word can.
    if (!word) return `"${/^[\p{L}\p{M}.]+/u.exec(rest)?.[0] ?? rest[0]}" cannot stand there in a number`;
    out.push(word);
    at += word.length;
  }
  return out;
}

/** Where a fraction or multiplier word was read, so that a figure made of one can say so. */
export interface Expression {
  value: number;
  /** The last scale word read ("thousand" → 1,000), or 0 when there is none. */
  scale: number;
  /** The fraction word read ("thirds"), or "" when there is none. */
  fraction: string;
  /** The multiplier word read ("triple", "times"), or "" when there is none. */
  multiplier: string;
}

/** "four thousand 100", "1만 2천", "2.5 million": terms of number × scale, scales decreasing. */
export function expression(text: string, rules: FigureRules): Expression | string {
  const toks = tokens(text, rules);
  if (typeof toks === 'string') return toks;
  if (toks.length === 0) return 'it states no number';
  let total = 0;
  let current: number | null = null;
  let tens = false;
  let lastScale = Infinity;
  let afterScale = false;
  let fraction = '';
  let multiplier = '';
  for (const t of toks) {
    const scale = typeof t === 'string' ? rules.scales.get(t) : undefined;
    const word = typeof t === 'string' ? rules.numbers.get(t) : undefined;
    const part = typeof t === 'string' ? rules.fractions.get(t) : undefined;
    const factor = typeof t === 'string' ? rules.multipliers.get(t) : undefined;
    if (typeof t === 'string' && part !== undefined) {
      // "two-thirds", "half": the part of a whole the word names, never its integer.
      if (part === null)
        return `"${t}" is a fraction, and ${rules.file} leaves its meaning undefined: a fraction is never read as its whole number`;
      current = (current ?? 1) / part;
      fraction = t;
      tens = false;
      afterScale = false;
      continue;
    }
    if (typeof t === 'string' && factor !== undefined) {
      // "triple", "three times", "3배": a multiple of what was read, or the factor alone.
      if (multiplier) return `"${text}" holds two multiplier words`;
      current = (current ?? 1) * factor;
      multiplier = t;
      tens = false;
      afterScale = false;
      continue;
    }
    if (scale !== undefined && current !== null) {
      if (scale >= lastScale) return `scale words out of order in "${text}"`;
      total += current * scale;
      lastScale = scale;
      current = null;
      afterScale = true;
      continue;
    }
    if (scale !== undefined && afterScale && word === undefined) {
      // "three hundred thousand", "1천만": a larger scale multiplies what was read so far.
      if (scale <= lastScale) return `scale words out of order in "${text}"`;
      total *= scale;
      lastScale = scale;
      continue;
    }
    const n = typeof t === 'number' ? t : word;
    if (n === undefined) return `"${String(t)}" needs a number before it`;
    if (current !== null) {
      // "twenty five": a tens word followed by a unit word; any other pair is two numbers.
      if (!(tens && typeof t === 'string' && n < 10)) return `"${text}" holds two numbers in a row`;
      current += n;
      tens = false;
    } else {
      current = n;
      tens = typeof t === 'string' && n >= 20 && n < 100 && n % 10 === 0;
    }
    afterScale = false;
  }
  if (current !== null) {
    if (current >= lastScale) return `"${text}" adds a number larger than the scale before it`;
    total += current;
    return { value: total, scale: 0, fraction, multiplier };
  }
  return { value: total, scale: lastScale, fraction, multiplier };
}
