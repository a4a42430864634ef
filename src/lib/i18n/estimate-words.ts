/**
 * An estimate in the edition's words, with its hedge: what the map's key and the scenes write
 * (ledger-words.ts has the rest of the ledger's values in words, and re-exports this). Apart, so
 * that the story's first view, whose map key writes estimates, loads no date code with it.
 */
import type { Estimate } from '../data/query.ts';
import type { Qualifier } from '../data/types.ts';
import type { I18n, MessageKey } from './translator.ts';

/** The message of each hedge: its words and where the number goes are the edition's. */
export const HEDGES: Record<Qualifier, MessageKey> = {
  exact: 'estimate.exact',
  about: 'estimate.about',
  over: 'estimate.over',
  under: 'estimate.under',
  'up to': 'estimate.up_to',
  range: 'estimate.range',
  'order of magnitude': 'estimate.order_of_magnitude',
};

/**
 * "about 9,000", "over 8,000", "under 600", "20,000–24,000", "thousands": the estimate with its
 * hedge, in the edition's words; an order of magnitude by its name in the edition (수천).
 */
export function formatEstimate(e: Pick<Estimate, 'low' | 'high' | 'qualifier' | 'magnitude'>, i18n: I18n): string {
  return i18n.t(HEDGES[e.qualifier], { number: e.low, low: e.low, high: e.high, magnitude: e.magnitude });
}
