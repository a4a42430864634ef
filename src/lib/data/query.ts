/**
 * Read-only questions the page asks of the ledger. Pure functions of the ledger: they return
 * values; the words that say them are the edition's (src/lib/i18n/ledger-words.ts).
 */
import type { Claim, Claimant, Ledger, Source } from './types.ts';

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
  /**
   * The claimant's estimates: claims for the same time (the same `as_of`, or none) whose figures
   * agree ("600" and "around 600") are one estimate, however many outlets print it.
   */
  estimates: Estimate[];
  /** How many outlets print this claimant's estimate(s): an outlet's editions and repostings count once. */
  outlets: number;
}

export type Estimate = Pick<Claim, 'low' | 'high' | 'qualifier' | 'magnitude' | 'as_of'>;

/** Hedges that agree on one figure: "600" and "around 600" state one estimate. */
const AGREEING: ReadonlySet<string> = new Set(['exact', 'about']);

/**
 * Whether two claims by one claimant state one estimate: the same time (the same `as_of`, or one
 * of them states none), the same figures, and hedges that agree (the same hedge, or "exact" and
 * "about"). Claims for two stated times are two estimates, even with one figure.
 */
export function sameEstimate(a: Estimate, b: Estimate): boolean {
  const time = (e: Estimate) => e.as_of.trim().toLocaleLowerCase('en');
  const when = time(a) === time(b) || time(a) === '' || time(b) === '';
  if (!when || a.low !== b.low || a.high !== b.high) return false;
  return a.qualifier === b.qualifier || (AGREEING.has(a.qualifier) && AGREEING.has(b.qualifier));
}

/** One claimant's claims folded into estimates; an agreed estimate keeps the hedge that says the most ("about"). */
export function estimatesOf(claims: Estimate[]): Estimate[] {
  const out: Estimate[] = [];
  for (const c of claims) {
    const e = { low: c.low, high: c.high, qualifier: c.qualifier, magnitude: c.magnitude, as_of: c.as_of };
    const i = out.findIndex((x) => sameEstimate(x, e));
    if (i < 0) out.push(e);
    else
      out[i] = {
        ...out[i],
        qualifier: out[i].qualifier === 'exact' ? e.qualifier : out[i].qualifier,
        as_of: out[i].as_of || e.as_of,
      };
  }
  return out;
}

/** How many outlets a list of sources comes from: editions and declared repostings of one outlet count once. */
export function outletCount(sources: Source[]): number {
  return new Set(sources.map((s) => s.outlet_key)).size;
}

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
    const estimates = estimatesOf(stated.map(({ claim }) => claim));
    groups.push({ claimant, stated, estimates, outlets: outletCount(stated.map((s) => s.source)) });
  }
  // Attributed estimates first, lowest first; claims nobody is named for come last.
  const last = (g: ClaimantGroup) => (g.claimant.kind === 'unattributed' ? 1 : 0);
  const min = (g: ClaimantGroup) => Math.min(...g.estimates.map((e) => e.low));
  return groups.sort(
    (a, b) => last(a) - last(b) || min(a) - min(b) || a.claimant.label.localeCompare(b.claimant.label),
  );
}
