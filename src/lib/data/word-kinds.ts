/**
 * The kinds of word a language file holds, derived from what its reader returns (language.ts):
 * each hedge's words before and after a number, every word list and every word → value map of
 * LanguageWords. A kind the reader gains slots in here with no change; the desk asks an editor
 * which of these kinds an unknown word is, with examples from the file.
 */
import type { LanguageWords } from './language.ts';

export interface WordKind {
  /** Where a word of this kind goes in data/languages/<tag>.json: ["units"], ["hedges", "about", "before"]. */
  path: string[];
  /** Words alone ("soldiers"), or words each with the value they stand for ("thousand": 1000). */
  shape: 'list' | 'values';
  /** Up to four words of this kind from the file. */
  examples: string[];
}

/** Fields of LanguageWords that are not words a figure uses, or that are not one word each (ranges). */
const NOT_WORDS = new Set(['language', 'numberingSystems', 'wordBoundaries', 'hedges', 'ranges']);
const EXAMPLES = 4;

/** The file's field name for a reader field: numberingSystems → numbering_systems. */
const fileField = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function wordKinds(words: LanguageWords): WordKind[] {
  const kinds: WordKind[] = [];
  for (const h of words.hedges) {
    for (const side of ['before', 'after'] as const)
      kinds.push({ path: ['hedges', h.qualifier, side], shape: 'list', examples: h[side].slice(0, EXAMPLES) });
  }
  for (const [key, value] of Object.entries(words)) {
    if (NOT_WORDS.has(key)) continue;
    if (value instanceof Map)
      kinds.push({ path: [fileField(key)], shape: 'values', examples: [...value.keys()].slice(0, EXAMPLES) });
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      kinds.push({ path: [fileField(key)], shape: 'list', examples: value.slice(0, EXAMPLES) });
  }
  return kinds;
}

/** How the desk names a kind: "hedges › about › before" reads "a word before a number meaning “about”". */
export function kindName(kind: WordKind): string {
  if (kind.path[0] === 'hedges') return `a word ${kind.path[2]} a number, meaning "${kind.path[1]}"`;
  return `${kind.path.join(' › ')}${kind.shape === 'values' ? ' (a word with a value)' : ''}`;
}
