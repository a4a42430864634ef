/**
 * The sentence that opens a spread chart (and describes its embed), built from the ledger.
 */
import { claimsOf, formatEstimate, formatList, groupByClaimant, plural } from '../data/query.ts';
import type { Ledger } from '../data/types.ts';

/** "A Western intelligence official" reads "a Western intelligence official" inside a sentence. */
function inSentence(label: string): string {
  return label.replace(/^(A|An|The) /, (m) => m.toLowerCase());
}

/**
 * How many estimates, from how many claimants, in how many outlets, from the lowest to the
 * highest, and which estimates several outlets repeat. "4 estimates from 2 claimants plus 2 with
 * no claimant named, in 5 outlets, from over 8,000 to 9,000–10,000 soldiers; 2 outlets repeat one
 * estimate, by Ukrainian and US intelligence."
 */
export function spreadSummary(ledger: Ledger, quantityId: string): string {
  const quantity = ledger.quantities.find((q) => q.id === quantityId);
  if (!quantity) throw new Error(`unknown quantity ${quantityId}`);
  const groups = groupByClaimant(ledger, quantityId);
  if (groups.length === 0) return `No outlet gives an estimate of ${quantity.label.toLowerCase()}.`;

  const estimates = groups.flatMap((g) => g.estimates);
  const named = groups.filter((g) => g.claimant.kind !== 'unattributed');
  const unnamed = groups.filter((g) => g.claimant.kind === 'unattributed');
  const unnamedCount = unnamed.reduce((n, g) => n + g.estimates.length, 0);
  const outlets = new Set(claimsOf(ledger, quantityId).map((c) => c.source)).size;

  let who: string;
  if (named.length === 0) who = 'with no claimant named';
  else {
    who = `from ${plural(named.length, 'claimant')}`;
    if (unnamedCount > 0) who += ` plus ${unnamedCount} with no claimant named,`;
  }

  const lowest = estimates.reduce((a, b) => (b.low < a.low ? b : a));
  const highest = estimates.reduce((a, b) => (b.high > a.high ? b : a));
  const formatted = [...new Set(estimates.map(formatEstimate))];
  let span: string;
  if (formatted.length === 1) span = `${estimates.length === 1 ? '' : 'all '}${formatted[0]}`;
  else if (lowest.low === highest.high) span = formatList(formatted);
  else span = `from ${formatEstimate(lowest)} to ${formatEstimate(highest)}`;

  // Clauses, each naming one claimant, so a semicolon between them, not a list's commas.
  const repeats = named
    .filter((g) => g.outlets > 1)
    .map((g) =>
      g.estimates.length === 1
        ? `${g.outlets} outlets repeat one estimate, by ${inSentence(g.claimant.label)}`
        : `${g.outlets} outlets carry ${g.estimates.length} estimates by ${inSentence(g.claimant.label)}`,
    );

  const head = `${plural(estimates.length, 'estimate')} ${who} in ${plural(outlets, 'outlet')}`;
  const sep = formatted.length === 1 || lowest.low === highest.high ? ': ' : ', ';
  return `${head}${sep}${span} ${quantity.unit}${repeats.length ? `; ${repeats.join('; ')}` : ''}.`;
}
