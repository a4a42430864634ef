/**
 * Read-only questions the page asks of the ledger. Pure functions of the ledger.
 */
import { parseDay } from '../dates.ts';
import type { I18n, MessageKey } from '../i18n/translator.ts';
import type { Claim, Claimant, Ledger, Qualifier, Quantity, Source } from './types.ts';

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

/** The message of each hedge: its words and where the number goes are the edition's. */
const HEDGES: Record<Qualifier, MessageKey> = {
  exact: 'estimate.exact',
  about: 'estimate.about',
  over: 'estimate.over',
  'up to': 'estimate.up_to',
  range: 'estimate.range',
  'order of magnitude': 'estimate.order_of_magnitude',
};

/** "about 9,000", "over 8,000", "20,000–24,000", "1,000s": the estimate with its hedge, in the edition's words. */
export function formatEstimate(e: Estimate, i18n: I18n): string {
  return i18n.t(HEDGES[e.qualifier], { number: e.low, low: e.low, high: e.high });
}

/**
 * How the edition reads a figure quoted in another language ("roughly 20,000" on the Korean page:
 * "약 2만"), or null when the reading adds nothing: an order of magnitude has no number to read,
 * and a reading that is the quote's own digits says them again.
 */
export function figureReading(claim: Claim, i18n: I18n): string | null {
  if (claim.qualifier === 'order of magnitude') return null;
  const [number, low, high] = [claim.low, claim.low, claim.high].map((n) => i18n.reading(n));
  const reading = i18n.t(HEDGES[claim.qualifier], { number, low, high });
  return reading === claim.figure ? null : reading;
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
