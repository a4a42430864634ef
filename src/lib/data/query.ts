/**
 * Read-only questions the page asks of the ledger. Pure functions of the ledger.
 */
import { formatDay, parseDay } from '../dates.ts';
import type { Claim, Claimant, Ledger, Quantity, Source } from './types.ts';

/** A claim as first stated in its source, with the same source's restatements (summary, caption). */
export interface StatedClaim {
  claim: Claim;
  source: Source;
  restatements: Claim[];
}

/** Every claim one claimant made about one quantity, across outlets. */
export interface ClaimantGroup {
  claimant: Claimant;
  stated: StatedClaim[];
  /** Distinct estimates (low, high and hedge) among the stated claims. */
  estimates: Estimate[];
  /** How many different sources print this claimant's estimate(s). */
  outlets: number;
}

export type Estimate = Pick<Claim, 'low' | 'high' | 'qualifier'>;

export function claimsOf(ledger: Ledger, quantity: string): Claim[] {
  return ledger.claims.filter((c) => c.quantity === quantity);
}

export function sourceOf(ledger: Ledger, claim: Claim): Source {
  const s = ledger.sources.find((x) => x.id === claim.source);
  if (!s) throw new Error(`claim ${claim.id} names unknown source ${claim.source}`);
  return s;
}

export function claimById(ledger: Ledger, id: string): Claim {
  const c = ledger.claims.find((x) => x.id === id);
  if (!c) throw new Error(`unknown claim ${id}`);
  return c;
}

/**
 * Groups one quantity's claims by claimant key, folding each restatement into the claim it
 * restates. Groups are ordered by their lowest estimate, then by label.
 */
export function groupByClaimant(ledger: Ledger, quantity: string): ClaimantGroup[] {
  const claims = claimsOf(ledger, quantity);
  const byKey = new Map<string, StatedClaim[]>();
  for (const claim of claims) {
    if (claim.restates) continue;
    const list = byKey.get(claim.claimant_key) ?? [];
    list.push({
      claim,
      source: sourceOf(ledger, claim),
      restatements: claims.filter((c) => c.restates === claim.id),
    });
    byKey.set(claim.claimant_key, list);
  }
  const groups: ClaimantGroup[] = [];
  for (const [key, stated] of byKey) {
    const claimant = ledger.claimants.find((c) => c.key === key);
    if (!claimant) throw new Error(`unknown claimant key ${key}`);
    const seen = new Set<string>();
    const estimates = stated
      .map(({ claim }) => ({ low: claim.low, high: claim.high, qualifier: claim.qualifier }))
      .filter((e) => {
        const id = `${e.low}-${e.high}-${e.qualifier}`;
        return !seen.has(id) && !!seen.add(id);
      });
    groups.push({ claimant, stated, estimates, outlets: new Set(stated.map((s) => s.source.id)).size });
  }
  // Attributed estimates first, lowest first; claims nobody is named for come last.
  const last = (g: ClaimantGroup) => (g.claimant.kind === 'unattributed' ? 1 : 0);
  const min = (g: ClaimantGroup) => Math.min(...g.estimates.map((e) => e.low));
  return groups.sort(
    (a, b) => last(a) - last(b) || min(a) - min(b) || a.claimant.label.localeCompare(b.claimant.label),
  );
}

/** The quantities in ledger order that at least one claim counts. */
export function quantitiesWithClaims(ledger: Ledger): Quantity[] {
  return ledger.quantities.filter((q) => ledger.claims.some((c) => c.quantity === q.id));
}

const numberFormat = new Intl.NumberFormat('en-US');

/** "9,000": a count as the page prints it, in estimates and on chart axes. */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** "about 9,000", "over 8,000", "20,000–24,000", "1,000s": the estimate with its hedge. */
export function formatEstimate(e: Estimate): string {
  const n = formatNumber(e.low);
  switch (e.qualifier) {
    case 'range':
      return `${n}–${formatNumber(e.high)}`;
    case 'order of magnitude':
      return `${n}s`;
    case 'exact':
      return n;
    default:
      return `${e.qualifier} ${n}`;
  }
}

/** "1 outlet", "3 outlets". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The source's display name, wherever outlets are named or listed: "CNN", "Unnamed outlet" for a
 * source whose text names none, and the edition when there is one, so that two editions of one
 * outlet are told apart: "KBS World (Arabic service)".
 */
export function outletName(source: Source): string {
  const name = source.outlet === 'unnamed' ? 'Unnamed outlet' : source.outlet;
  return source.edition ? `${name} (${source.edition})` : name;
}

/** The one way the page lists things: "a, b and c" (British usage: no comma before "and"). */
const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "CNN, The Times and KBS World (Arabic service)": a list as plain text. */
export function formatList(items: readonly string[]): string {
  return listFormat.format(items);
}

/**
 * `formatList` in parts: the names (`element`) and the words between them (`literal`), so that a
 * list can link each name.
 */
export function listParts(names: readonly string[]): { type: 'element' | 'literal'; value: string }[] {
  return listFormat.formatToParts(names);
}

/** "22 August 2025", or the source's own words when it gives no date. */
export function formatDate(source: Source): string {
  return source.date ? formatDay(parseDay(source.date)) : 'date not stated';
}
