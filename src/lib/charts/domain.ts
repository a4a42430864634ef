/** The x-domain every spread chart shares, so that the charts compare honestly. */
import { scaleLinear } from 'd3-scale';
import type { Ledger } from '../data/types.ts';
import { spreadQuantities } from './quantities.ts';

/** Zero to a nice maximum over the highs of every spread quantity's claims. */
export function spreadDomain(ledger: Ledger): [number, number] {
  const ids = new Set(spreadQuantities(ledger));
  const highs = ledger.claims.filter((c) => ids.has(c.quantity)).map((c) => c.high);
  if (highs.length === 0) throw new Error('no claim counts a quantity marked spread: true');
  const [, max] = scaleLinear()
    .domain([0, Math.max(...highs)])
    .nice()
    .domain();
  return [0, max];
}
