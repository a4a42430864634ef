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
import type { FigureRules, Qualifier } from './types.ts';

export type { FigureRules, NumberSymbols } from './types.ts';

export interface ParsedFigure {
  low: number;
  high: number;
  /** The hedge found in the words, or null when they carry none. */
  qualifier: Qualifier | null;
}

export type FigureResult = { figure: ParsedFigure; problem?: undefined } | { figure?: undefined; problem: string };

/** Eastern Arabic and Persian digits read as their values; directional marks carry no meaning. */
function normalise(text: string, tag: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase(tag)
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/[\u200e\u200f]/g, '')
    .replace(/[\s\u00a0\u202f]+/gu, ' ')
    .trim();
}

function startsWithWord(text: string, word: string, rules: FigureRules): boolean {
  return text.startsWith(word) && (!rules.wordBoundaries || boundary(text, word.length));
}

function endsWithWord(text: string, word: string, rules: FigureRules): boolean {
  return text.endsWith(word) && (!rules.wordBoundaries || boundary(text, text.length - word.length));
}

/** Strips trailing units and at most one hedge at each end; returns the hedge found. */
function stripHedges(text: string, rules: FigureRules): { text: string; qualifier: Qualifier | null } | string {
  let t = text;
  const found: Qualifier[] = [];
  let stripped = true;
  let suffixHedge = false;
  while (stripped) {
    stripped = false;
    for (const unit of [...rules.units].sort(byLength)) {
      if (t.length > unit.length && endsWithWord(t, unit, rules)) {
        t = t.slice(0, -unit.length).trim();
        stripped = true;
        break;
      }
    }
    if (stripped || suffixHedge) continue;
    for (const h of rules.hedges) {
      const word = [...h.after].sort(byLength).find((w) => t.length > w.length && endsWithWord(t, w, rules));
      if (word) {
        t = t.slice(0, -word.length).trim();
        found.push(h.qualifier);
        stripped = suffixHedge = true;
        break;
      }
    }
  }
  const prefixes = rules.hedges.flatMap((h) => h.before.map((w) => [w, h.qualifier] as const));
  prefixes.sort((a, b) => byLength(a[0], b[0]));
  // Strip every leading hedge, so that two of them are reported as such.
  for (let p = prefixes.find(([w]) => t.length > w.length && startsWithWord(t, w, rules)); p;) {
    t = t.slice(p[0].length).trim();
    found.push(p[1]);
    p = prefixes.find(([w]) => t.length > w.length && startsWithWord(t, w, rules));
  }
  if (found.length > 1) return `it carries two hedges ("${found.join('" and "')}"); a figure carries at most one`;
  return { text: t, qualifier: found[0] ?? null };
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

/**
 * @example parseFigure('between 20,000 and 24,000', en) // { figure: { low: 20000, high: 24000, qualifier: 'range' } }
 * @returns the figure, or a problem that says why it does not read as one number or range.
 */
export function parseFigure(words: string, rules: FigureRules): FigureResult {
  const hedged = stripHedges(normalise(words, rules.tag), rules);
  if (typeof hedged === 'string') return { problem: hedged };
  const { text, qualifier } = hedged;
  const magnitude = rules.magnitudes.get(text);
  if (magnitude !== undefined) return { figure: { low: magnitude, high: magnitude, qualifier: 'order of magnitude' } };

  const readings = new Map<string, ParsedFigure>();
  const problems: string[] = [];
  const add = (f: ParsedFigure) => readings.set(`${f.low}|${f.high}|${f.qualifier}`, f);
  const single = expression(text, rules);
  if (typeof single === 'string') problems.push(single);
  else add({ low: single.value, high: single.value, qualifier });

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
      if (low < right.value) add({ low, high: right.value, qualifier: 'range' });
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
  if (low === null || high === null) return { problem: `it reads as ${f.low}, which is not a whole count` };
  return { figure: { ...f, low, high } };
}
