/**
 * The kinds of word a language file holds, as the desk offers them: one per place a word may go,
 * from the reader's own list (WORD_KINDS, language.ts) and what it returns: each hedge's words
 * before and after a number, then every other kind, a list of words or words with a value. A kind
 * the reader gains slots in here with no change; ranges, two words around a number, are not one
 * word and are edited in the file.
 */
import { WORD_KINDS, type LanguageWords } from './language-file.ts';

export interface WordKind {
  /** Where a word of this kind goes in data/languages/<tag>.json: ["units"], ["hedges", "about", "before"]. */
  path: string[];
  /** Words alone ("soldiers"), or words each with the value they stand for ("thousand": 1000). */
  shape: 'list' | 'values';
  /** Up to four words of this kind from the file. */
  examples: string[];
}

const EXAMPLES = 4;

export function wordKinds(words: LanguageWords): WordKind[] {
  return WORD_KINDS.flatMap((kind): WordKind[] => {
    if (kind === 'hedges')
      return words.hedges.flatMap((h) =>
        (['before', 'after'] as const).map((side) => ({
          path: ['hedges', h.qualifier, side],
          shape: 'list' as const,
          examples: h[side].slice(0, EXAMPLES),
        })),
      );
    // Ranges are two words around the numbers, not one word: edited in the file.
    if (kind === 'ranges') return [];
    const value: unknown = words[kind];
    if (value instanceof Map)
      return [{ path: [kind], shape: 'values', examples: [...value.keys()].slice(0, EXAMPLES) }];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      return [{ path: [kind], shape: 'list', examples: value.slice(0, EXAMPLES) }];
    return [];
  });
}

/** How the desk names a kind: "a word before a number, meaning "about"", "scales (a word with a value)". */
export function kindName(kind: WordKind): string {
  if (kind.path[0] === 'hedges') return `a word ${kind.path[2]} a number, meaning "${kind.path[1]}"`;
  return `${kind.path.join(' › ')}${kind.shape === 'values' ? ' (a word with a value)' : ''}`;
}

/**
 * A new language's file with no words yet, every kind in place and empty, shaped like `like` (an
 * existing language's words, as the reader returns them): the desk then asks for each word a
 * figure needs, by kind. Ranges stay empty until an editor adds them to the file.
 */
export function emptyLanguageFile(tag: string, wordBoundaries: boolean, like: LanguageWords): Record<string, unknown> {
  const file: Record<string, unknown> = { language: tag, word_boundaries: wordBoundaries, numbering_systems: [] };
  for (const kind of WORD_KINDS) {
    if (kind === 'hedges')
      file.hedges = Object.fromEntries(like.hedges.map((h) => [h.qualifier, { before: [], after: [] }]));
    else file[kind] = like[kind] instanceof Map ? {} : [];
  }
  return file;
}
