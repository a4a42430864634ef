/**
 * Read-only questions the page asks of the ledger. Pure functions of the ledger.
 */
import { parseDay } from '../dates.ts';
import type { I18n, MessageKey } from '../i18n/translator.ts';
import type { Claim, Claimant, Ledger, Qualifier, Source } from './types.ts';

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

/** The message of each hedge: its words and where the number goes are the edition's. */
const HEDGES: Record<Qualifier, MessageKey> = {
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

/** The numbers a text writes in digits, separators dropped: "25,000 to 30,000" → ["25000", "30000"]. */
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
