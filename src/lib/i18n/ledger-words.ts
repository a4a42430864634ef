/**
 * The ledger's values in the edition's words: an estimate with its hedge ("about 9,000",
 * "수천"), the edition's reading of a figure quoted in another language, an outlet's name with its
 * edition, and a source's date. The ledger's queries (data/query.ts) return values; this writes them
 * (the estimate, in estimate-words.ts).
 */
import { parseDay } from '../dates.ts';
import type { Claim, Source } from '../data/types.ts';
import type { I18n } from './translator.ts';
import { HEDGES } from './estimate-words.ts';

// The estimate's words are in a module of their own, which imports no date code: the map's key
// writes estimates on the first view, and d3-time-format is not needed there.
export { formatEstimate } from './estimate-words.ts';

/** The numbers a text writes in digits, separators dropped: "20,000 to 24,000" → ["20000", "24000"]. */
function digitsOf(text: string): string[] {
  return (text.normalize('NFKC').match(/\d[\d.,'\s\u066b\u066c]*/gu) ?? []).map((d) => d.replace(/\D/gu, ''));
}

/**
 * How the edition reads a figure quoted in another language ("roughly 20,000" on the Korean page:
 * "약 2만"), or null when the reading adds nothing: when its numbers are the quote's own digits
 * ("Around 600" and "약 600"), it says them again. An order of magnitude reads as its name in the
 * edition ("thousands": "수천").
 */
export function figureReading(claim: Claim, i18n: I18n): string | null {
  if (claim.qualifier === 'order of magnitude') {
    const same = claim.magnitude.toLocaleLowerCase(i18n.lang) === claim.figure.toLocaleLowerCase(i18n.lang);
    return same || !claim.magnitude ? null : claim.magnitude;
  }
  const numbers = claim.low === claim.high ? [claim.low] : [claim.low, claim.high];
  const readings = numbers.map((n) => i18n.reading(n));
  if (digitsOf(readings.join(' ')).join('|') === digitsOf(claim.figure).join('|')) return null;
  const [number, low, high] = [readings[0], readings[0], readings[readings.length - 1]];
  return i18n.t(HEDGES[claim.qualifier], { number, low, high, magnitude: claim.magnitude });
}

/**
 * The source's display name, wherever outlets are named or listed: "CNN", "Unnamed outlet" for a
 * source whose text names none, and the edition when there is one, so that two editions of one
 * outlet are told apart: "KBS World (Arabic service)".
 */
export function outletName(source: Source, i18n: I18n): string {
  const name = source.outlet === 'unnamed' ? i18n.t('sources.unnamed_outlet') : source.outlet;
  return source.edition ? i18n.t('sources.outlet_edition', { outlet: name, edition: source.edition }) : name;
}

/** "22 August 2025", or that the text gives no date. */
export function formatDate(source: Source, i18n: I18n): string {
  return source.date ? i18n.day(parseDay(source.date)) : i18n.t('sources.date_not_stated');
}
