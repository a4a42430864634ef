/**
 * Reads the words that state a figure ("roughly 9,000", "between 20,000 and 24,000", "1,2 juta",
 * "4천여", "от 25 до 30 тысяч") by the rules of the source's language, into a low/high pair and
 * the hedge the words carry. The ledger's build-time check compares this with each claim.
 *
 * The words of each language (hedges, range words, scale and number words) are data
 * (data/languages/<tag>.json, read by language.ts); its digit grouping and decimal mark come from
 * Intl. A figure that reads two ways, or breaks its language's rules, is a problem, never a guess.
 */
import { boundary, byLength, expression, LETTER } from './number.ts';
import { unknownWord, type UnknownWord } from './unknown-word.ts';
import type { FigureRules, Qualifier } from './types.ts';

export type { FigureRules, NumberSymbols } from './types.ts';
export { unknownWord, type UnknownWord } from './unknown-word.ts';

/** A word the parser read, and the kind of word it was read as (docs/ledger.md, "Word kinds"). */
export interface ReadWord {
  word: string;
  kind: 'hedge' | 'prefix' | 'unit';
}

export interface ParsedFigure {
  low: number;
  high: number;
  /** The hedge found in the words, or null when they carry none. */
  qualifier: Qualifier | null;
  /** The magnitude table's row, for a plural magnitude word ("thousands"); "" otherwise. */
  magnitude: string;
  /** Hedges, count prefixes and units the parser stripped, in the order it met them. */
  words: ReadWord[];
}

export type FigureResult =
  | { figure: ParsedFigure; problem?: undefined; unknown?: undefined }
  | { figure?: undefined; problem: string; unknown?: UnknownWord };

/** Eastern Arabic and Persian digits read as their values; directional marks carry no meaning. */
export function normaliseFigure(text: string, tag: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase(tag)
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/[\u200e\u200f]/g, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

function startsWithWord(text: string, word: string, rules: FigureRules): boolean {
  return text.startsWith(word) && (!rules.wordBoundaries || boundary(text, word.length));
}

function endsWithWord(text: string, word: string, rules: FigureRules): boolean {
  return text.endsWith(word) && (!rules.wordBoundaries || boundary(text, text.length - word.length));
}

interface Stripped {
  text: string;
  qualifier: Qualifier | null;
  words: ReadWord[];
}

/** Strips trailing units, count prefixes and at most one hedge at each end; returns the hedge found. */
function stripHedges(text: string, rules: FigureRules): Stripped | string {
  let t = text;
  const found: Qualifier[] = [];
  const words: ReadWord[] = [];
  let stripped = true;
  let suffixHedge = false;
  const units = [...rules.units].sort(byLength);
  while (stripped) {
    stripped = false;
    const unit = units.find((u) => t.length > u.length && endsWithWord(t, u, rules));
    if (unit) {
      t = t.slice(0, -unit.length).trim();
      words.unshift({ word: unit, kind: 'unit' });
      stripped = true;
      continue;
    }
    if (suffixHedge) continue;
    for (const h of rules.hedges) {
      const word = [...h.after].sort(byLength).find((w) => t.length > w.length && endsWithWord(t, w, rules));
      if (word) {
        t = t.slice(0, -word.length).trim();
        found.push(h.qualifier);
        words.unshift({ word, kind: 'hedge' });
        stripped = suffixHedge = true;
        break;
      }
    }
  }
  const leading = [
    ...rules.hedges.flatMap((h) => h.before.map((w) => [w, h.qualifier] as const)),
    ...rules.prefixes.map((w) => [w, null] as const),
  ];
  leading.sort((a, b) => byLength(a[0], b[0]));
  const head: ReadWord[] = [];
  // Strip every leading hedge and prefix, so that two hedges are reported as such.
  for (let p = leading.find(([w]) => t.length > w.length && startsWithWord(t, w, rules)); p;) {
    t = t.slice(p[0].length).trim();
    if (p[1]) found.push(p[1]);
    head.push({ word: p[0], kind: p[1] ? 'hedge' : 'prefix' });
    p = leading.find(([w]) => t.length > w.length && startsWithWord(t, w, rules));
  }
  if (found.length > 1) return `it carries two hedges ("${found.join('" and "')}"); a figure carries at most one`;
  return { text: t, qualifier: found[0] ?? null, words: [...head, ...words] };
}

/** Where `needle` occurs in `text` as a connector: word-bounded when it is a word. */
function occurrences(text: string, needle: string, rules: FigureRules): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const word = LETTER.test(needle);
    if (!word || !rules.wordBoundaries || (boundary(text, at) && boundary(text, at + needle.length))) out.push(at);
  }
  return out;
}

function whole(n: number): number | null {
  const r = Math.round(n);
  return Number.isFinite(n) && Math.abs(n - r) < 1e-9 ? r : null;
}

/** A reading's value and hedge in words, for messages: "over 7,000", "exactly 2", "2,000 to 9,999". */
export function describeReading(f: Pick<ParsedFigure, 'low' | 'high' | 'qualifier'>): string {
  const n = (x: number) => x.toLocaleString('en');
  if (f.qualifier === 'order of magnitude') return `an order of magnitude, ${n(f.low)} to ${n(f.high)}`;
  if (f.qualifier === 'range' || f.low !== f.high) return `${n(f.low)} to ${n(f.high)}`;
  return f.qualifier === null || f.qualifier === 'exact' ? `exactly ${n(f.low)}` : `${f.qualifier} ${n(f.low)}`;
}

/**
 * @example parseFigure('between 20,000 and 24,000', en) // { figure: { low: 20000, high: 24000, qualifier: 'range', … } }
 * @returns the figure, or a problem that says why it does not read as one number or range; a word
 *   no kind lists is named (`unknown`), so that a message can say where it could go.
 */
export function parseFigure(words: string, rules: FigureRules): FigureResult {
  const normal = normaliseFigure(words, rules.tag);
  const unknown = unknownWord(normal, rules);
  if (unknown)
    return {
      problem: `"${unknown.word}" is not a word the figures of ${rules.name} use (${rules.file} lists no such word)`,
      unknown,
    };
  const hedged = stripHedges(normal, rules);
  if (typeof hedged === 'string') return { problem: hedged };
  const { text, qualifier, words: read } = hedged;
  const magnitude = rules.magnitudes.get(text);
  if (magnitude !== undefined) {
    if (qualifier) return { problem: `"${text}" names an order of magnitude, which carries no hedge ("${qualifier}")` };
    return {
      figure: {
        low: magnitude.low,
        high: magnitude.high,
        qualifier: 'order of magnitude',
        magnitude: magnitude.id,
        words: read,
      },
    };
  }

  const readings = new Map<string, ParsedFigure>();
  const problems: string[] = [];
  let fraction = '';
  const add = (f: ParsedFigure) => readings.set(`${f.low}|${f.high}|${f.qualifier}`, f);
  const single = expression(text, rules);
  if (typeof single === 'string') problems.push(single);
  else {
    fraction = single.fraction;
    add({ low: single.value, high: single.value, qualifier, magnitude: '', words: read });
  }
  // The problem of a range whose opening word matched is the one to report: "tra i 25.000 e i
  // 30.000" fails on "i", not on "tra".
  const inRange: string[] = [];
  for (const range of rules.ranges) {
    if (range.before && !startsWithWord(text, range.before, rules)) continue;
    const body = range.before ? text.slice(range.before.length).trim() : text;
    const at = occurrences(body, range.between, rules);
    if (range.before && at.length === 0) {
      inRange.push(`it opens like a range ("${range.before} … ${range.between} …") but has no "${range.between}"`);
    }
    for (const i of at) {
      const left = expression(body.slice(0, i).trim(), rules);
      const right = expression(body.slice(i + range.between.length).trim(), rules);
      if (typeof left === 'string' || typeof right === 'string') {
        if (range.before) inRange.push(typeof left === 'string' ? left : (right as string));
        continue;
      }
      // "25 to 30 thousand", "от 25 до 30 тысяч": a bare low end takes the high end's scale.
      const inherit = left.scale === 0 && right.scale > 0 && left.value * right.scale <= right.value;
      const low = inherit ? left.value * right.scale : left.value;
      if (left.fraction || right.fraction) fraction = left.fraction || right.fraction;
      if (low < right.value) add({ low, high: right.value, qualifier: 'range', magnitude: '', words: read });
      else problems.push(`the range "${text}" does not rise from its low end to its high end`);
    }
  }
  const found = [...readings.values()];
  if (found.length > 1) {
    const each = found.map((f) => (f.low === f.high ? `${f.low}` : `${f.low} to ${f.high}`));
    return { problem: `it reads two ways in ${rules.name}: as ${each.join(' and as ')}` };
  }
  if (found.length === 0) return { problem: inRange[0] ?? problems[problems.length - 1] ?? 'it states no number' };
  const [f] = found;
  const low = whole(f.low);
  const high = whole(f.high);
  if ((low === null || high === null) && fraction)
    return { problem: `it is a fraction ("${fraction}"), not a count: the ledger reads whole figures only` };
  if (low === null || high === null) return { problem: `it reads as ${f.low}, which is not a whole count` };
  return { figure: { ...f, low, high } };
}
