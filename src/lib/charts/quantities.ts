/** Which quantities the page charts as a spread of estimates, and which of them no step shows. */
import type { Ledger, Quantity } from '../data/types.ts';

/** The quantities the story charts as a spread, in ledger order. */
export function spreadQuantities(ledger: Ledger): string[] {
  return ledger.quantities.filter((q) => q.spread).map((q) => q.id);
}

/**
 * The quantities with a spread chart that no step shows (`charted`: the steps' charts), in ledger
 * order: the page charts them after the story, so that every quantity is shown.
 */
export function unchartedSpreads(ledger: Ledger, charted: readonly string[]): Quantity[] {
  const shown = new Set(charted);
  return ledger.quantities.filter((q) => q.spread && !shown.has(q.id));
}
