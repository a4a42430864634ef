/**
 * The part of the ledger each island of the story page needs, and no more: its props are written
 * into the page (page.ts), so an island that needed one chart does not carry the whole ledger.
 * Each slice is made once per ledger and is the same object for every island that takes it, so
 * the page writes it once (pack.ts). The parts an island does not read are empty.
 */
import type { Ledger } from '../data/types.ts';
import { spreadQuantities } from '../charts/quantities.ts';

/** A ledger with nothing in it: a slice starts from it and fills in only what its reader reads. */
export const EMPTY_LEDGER: Ledger = {
  sources: [],
  magnitudes: [],
  quantities: [],
  claimants: [],
  claims: [],
  places: [],
  flows: [],
  events: [],
  views: [],
  countries: [],
};

function memo(make: (ledger: Ledger) => Ledger): (ledger: Ledger) => Ledger {
  const made = new WeakMap<Ledger, Ledger>();
  return (ledger) => {
    let slice = made.get(ledger);
    if (!slice) made.set(ledger, (slice = make(ledger)));
    return slice;
  };
}

/**
 * What a spread chart reads: the quantities, claimants and sources, and the claims of every spread
 * quantity (each chart's axis spans all of them, domain.ts), which the copy around it cites too.
 */
export const chartLedger = memo((ledger) => {
  const spread = new Set(spreadQuantities(ledger));
  return {
    ...EMPTY_LEDGER,
    sources: ledger.sources,
    magnitudes: ledger.magnitudes,
    quantities: ledger.quantities,
    claimants: ledger.claimants,
    claims: ledger.claims.filter((c) => spread.has(c.quantity)),
  };
});

/** What the timeline reads: the events and the sources that mention them. */
export const timelineLedger = memo((ledger) => ({ ...EMPTY_LEDGER, sources: ledger.sources, events: ledger.events }));

/** What the source reader marks in a source's text: every passage the ledger quotes (highlight.ts). */
export const readerLedger = memo((ledger) => ({
  ...EMPTY_LEDGER,
  sources: ledger.sources,
  claims: ledger.claims,
  flows: ledger.flows,
  events: ledger.events,
}));
