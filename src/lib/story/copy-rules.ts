/**
 * What copy may write, per edition language: dates, and never a figure of its own. A figure is
 * cited (`[[claim-id]]`) and comes from the ledger; parseStory (copy.ts) refuses copy that types one.
 */
import type { Ledger } from '../data/types.ts';
import type { Paragraph } from './copy.ts';

/** A citation in copy: `[[claim-id]]`, which stands for that claim's figure. */
export const CLAIM_MARK = /\[\[([^\]]*)\]\]/g;

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Dates may be written in copy: "21 August 2025", "June 30", "June 2024", "2024". Nothing else with digits. */
const DATE = new RegExp(
  `\\b(?:\\d{1,2} (?:${MONTHS}) )?(?:(?:${MONTHS}) )?(?:19|20)\\d{2}\\b|\\b\\d{1,2} (?:${MONTHS})\\b|\\b(?:${MONTHS}) \\d{1,2}\\b`,
  'g',
);
const NUMBER_WORDS =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|half|third|quarter|twice|double|triple|tripling|fourfold)\b/i;

/**
 * Per edition language, the dates copy may write and the number words it may not. Korean dates
 * ("2025년 8월 21일", "4월"); Korean counts in words ("수천", "두 배", "몇만"). A language with no
 * entry may write years ("2024") and no other digits.
 */
const COPY_RULES: Record<string, { dates: RegExp; words: RegExp | null }> = {
  en: { dates: DATE, words: NUMBER_WORDS },
  ko: {
    dates: /(?:19|20)\d{2}년(?:\s*\d{1,2}월(?:\s*\d{1,2}일)?)?|\d{1,2}월(?:\s*\d{1,2}일)?/g,
    words: /수\s?[십백천만]|몇\s?[십백천만]|[두세네]\s?배|[일이삼사오육칠팔구십백천]+\s?만\s?명|[0-9]+\s?만/,
  },
};
const ANY_LANGUAGE = { dates: /\b(?:19|20)\d{2}\b/g, words: null };

/**
 * A figure typed into copy text (outside [[claim-id]] citations), or null. Copy cites figures;
 * it never states them, so that every number a reader sees comes from the ledger.
 */
export function typedFigure(text: string, lang = 'en'): string | null {
  const rules = COPY_RULES[lang] ?? ANY_LANGUAGE;
  const bare = text.replace(CLAIM_MARK, ' ').replace(rules.dates, ' ');
  const digits = /\d[\d,.]*/.exec(bare);
  if (digits) return digits[0];
  const word = rules.words?.exec(bare);
  return word ? word[0] : null;
}

/**
 * A cited figure that already names what it counts ("6,000명") is not followed by the counter the
 * copy writes after it ("[[id]]명"): the edition's counters are its language file's units.
 */
export function dropDoubledCounters(para: Paragraph, ledger: Ledger, counters: readonly string[]): Paragraph {
  const byLength = [...counters].sort((a, b) => b.length - a.length);
  return para.map((part, i) => {
    const before = para[i - 1];
    if (part.kind !== 'text' || before?.kind !== 'claim') return part;
    if (!ledger.claims.find((c) => c.id === before.id)?.counted) return part;
    const counter = byLength.find((u) => part.text.startsWith(u));
    return counter ? { ...part, text: part.text.slice(counter.length) } : part;
  });
}
