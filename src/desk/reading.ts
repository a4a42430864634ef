/**
 * How the checker reads a figure, in the page: the language files as the server sent them, read by
 * the checker's own readers (read-files.ts, language.ts) and its parser (figure.ts), so the page
 * shows at once what check:data will say. Word kinds come from the same reader (word-kinds.ts).
 */
import { parseFigure, type FigureResult } from '../lib/data/figure.ts';
import { languageName, resolveLanguage } from '../lib/data/language.ts';
import type { LanguageWords } from '../lib/data/language-file.ts';
import { MAGNITUDES_FILE, readLanguages, readList } from '../lib/data/read-files.ts';
import { readMagnitude } from '../lib/data/readers.ts';
import type { LedgerError } from '../lib/data/types.ts';
import { wordKinds, type WordKind } from '../lib/data/word-kinds.ts';
import { formatEstimate } from '../lib/i18n/ledger-words.ts';
import { translator, type Messages } from '../lib/i18n/translator.ts';
import en from '../../data/messages/en.json';

export interface Languages {
  words: Map<string, LanguageWords>;
  /** The magnitude table (data/magnitudes.json): an order of magnitude's English name by row id. */
  magnitudes: Map<string, string>;
  /** Problems in the language files themselves. */
  errors: LedgerError[];
}

export function readWords(files: Record<string, string>): Languages {
  const errors: LedgerError[] = [];
  const input = { files, seeds: {} };
  const table = readList(MAGNITUDES_FILE, 'magnitudes', readMagnitude, input, errors);
  return {
    words: readLanguages(input, errors, table),
    magnitudes: new Map(table.map((m) => [m.id, m.name])),
    errors,
  };
}

/** The languages sources may be written in, with their names from Intl.DisplayNames, by name. */
export function languageOptions(langs: Languages): { tag: string; name: string }[] {
  return [...langs.words.keys()]
    .map((tag) => ({ tag, name: `${languageName(tag)} (${languageName(tag, tag)}, ${tag})` }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The checker's reading of `figure` in a source's language, or its refusal. */
export function readFigure(figure: string, tag: string, langs: Languages, numberFormat = ''): FigureResult {
  const lang = resolveLanguage(tag, langs.words, numberFormat);
  if ('problem' in lang) return { problem: lang.problem };
  if (figure.trim() === '') return { problem: 'select the figure in the article' };
  return parseFigure(figure, lang.rules);
}

export function kindsOf(tag: string, langs: Languages): WordKind[] {
  const words = langs.words.get(new Intl.Locale(tag).language);
  return words ? wordKinds(words) : [];
}

/** The page's English words, for readings written as the page writes estimates. */
const i18n = translator('en', 'ltr', en as unknown as Messages);

/** The reading as the page will print it ("over 10,000"), with the ledger's fields, or the refusal and why. */
export function describeReading(r: FigureResult, langs: Languages): string {
  if (r.problem !== undefined) return `Refused: ${r.problem}`;
  const qualifier = r.figure.qualifier ?? 'exact';
  const { low, high } = r.figure;
  const magnitude = langs.magnitudes.get(r.figure.magnitude) ?? '';
  return `${formatEstimate({ low, high, qualifier, magnitude }, i18n)} (low ${low}, high ${high}, qualifier "${qualifier}")`;
}
