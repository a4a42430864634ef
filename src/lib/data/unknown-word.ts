/**
 * The first word of a figure that no kind of word in its language file lists, named exactly, with
 * where it stands: what a message about it may advise (advice.ts) depends on that.
 */
import { boundary, byLength, LETTER } from './number.ts';
import type { FigureRules } from './types.ts';

/** A word of a figure that no kind of word in its language file lists. */
export interface UnknownWord {
  word: string;
  /** Where it stands: before the number, after it, between two numbers, or with none. */
  position: 'before' | 'after' | 'between' | 'alone';
  /** Whether it is joined to a number by a hyphen ("7,000-plus", "two-thirds"), or follows a number word alone. */
  bound: boolean;
}

/** Every word, of every kind, the language file lists: what a figure may hold (once per rules). */
const known = new WeakMap<FigureRules, string[]>();
function knownWords(rules: FigureRules): string[] {
  let words = known.get(rules);
  if (!words) known.set(rules, (words = listWords(rules)));
  return words;
}

function listWords(rules: FigureRules): string[] {
  return [
    ...rules.hedges.flatMap((h) => [...h.before, ...h.after]),
    ...rules.prefixes,
    ...rules.ranges.flatMap((r) => [r.before, r.between]),
    ...rules.numbers.keys(),
    ...rules.scales.keys(),
    ...rules.magnitudes.keys(),
    ...rules.fractions.keys(),
    ...rules.multipliers.keys(),
    ...rules.units,
  ]
    .filter(Boolean)
    .sort(byLength);
}

/** Whether a stretch of a figure holds a number: digits, or a number, scale or magnitude word. */
function holdsNumber(text: string, rules: FigureRules): boolean {
  if (/\d/.test(text)) return true;
  const words = [...rules.numbers.keys(), ...rules.scales.keys(), ...rules.magnitudes.keys()];
  return words.some((w) => {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      if (!rules.wordBoundaries || (boundary(text, at) && boundary(text, at + w.length))) return true;
    }
    return false;
  });
}

/**
 * The first word of a normalised figure that no kind of word in the language file lists, named
 * exactly: "넘는" in "6000명 넘는", not its neighbour "명", which is a unit.
 */
export function unknownWord(text: string, rules: FigureRules): UnknownWord | null {
  const known = knownWords(rules);
  let at = 0;
  while (at < text.length) {
    const rest = text.slice(at);
    const word = known.find(
      (w) =>
        rest.startsWith(w) &&
        (!rules.wordBoundaries || !LETTER.test(w[0]) || boundary(text, at)) &&
        (!rules.wordBoundaries || !LETTER.test(w[w.length - 1]) || boundary(text, at + w.length)),
    );
    if (word) {
      at += word.length;
      continue;
    }
    if (!LETTER.test(rest[0])) {
      at += 1;
      continue;
    }
    let end = at + 1;
    while (
      end < text.length &&
      LETTER.test(text[end]) &&
      (rules.wordBoundaries || !known.some((w) => LETTER.test(w[0]) && text.startsWith(w, end)))
    )
      end += 1;
    const before = text.slice(0, at);
    const after = text.slice(end);
    const [b, a] = [holdsNumber(before, rules), holdsNumber(after, rules)];
    const lone = before.replace(/[-\u2011\s]+$/u, '');
    const hyphen = /[-\u2011]$/u.test(before) || /^[-\u2011]/u.test(after);
    return {
      word: text.slice(at, end),
      position: b ? (a ? 'between' : 'after') : a ? 'before' : 'alone',
      bound: (hyphen && (b || a)) || rules.numbers.has(lone),
    };
  }
  return null;
}
