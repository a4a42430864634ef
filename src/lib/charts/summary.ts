/**
 * The sentence that opens a spread chart (and describes its embed), built from the ledger in the
 * edition's words.
 */
import { claimsOf, groupByClaimant, outletCount, sourceOf } from '../data/query.ts';
import { formatEstimate } from '../i18n/ledger-words.ts';
import type { Ledger } from '../data/types.ts';
import type { I18n } from '../i18n/translator.ts';

/** "A Western intelligence official" reads "a Western intelligence official" inside a sentence. */
function inSentence(label: string): string {
  return label.replace(/^(A|An|The) /, (m) => m.toLowerCase());
}

/**
 * How many estimates, how many of them from how many named claimants, in how many outlets, from
 * the lowest to the highest, and which estimates several outlets repeat: exactly what the chart
 * shows, counted as a careful reader counts (query.ts: agreeing claims of one claimant are one
 * estimate; an outlet's editions are one outlet). "5 estimates: 4 from 2 named claimants,
 * 1 unattributed, in 4 outlets, from over 8,000 to 9,000–10,000 soldiers; 2 outlets repeat one
 * estimate, by Ukrainian and US intelligence."
 */
export function spreadSummary(ledger: Ledger, quantityId: string, i18n: I18n): string {
  const quantity = ledger.quantities.find((q) => q.id === quantityId);
  if (!quantity) throw new Error(`unknown quantity ${quantityId}`);
  const groups = groupByClaimant(ledger, quantityId);
  if (groups.length === 0) return i18n.t('chart.summary.none', { quantity: quantity.label.toLowerCase() });

  const estimates = groups.flatMap((g) => g.estimates);
  const named = groups.filter((g) => g.claimant.kind !== 'unattributed');
  const unnamed = groups.filter((g) => g.claimant.kind === 'unattributed');
  const unnamedCount = unnamed.reduce((n, g) => n + g.estimates.length, 0);
  const sources = claimsOf(ledger, quantityId).map((c) => sourceOf(ledger, c));
  const counts = {
    estimates: i18n.t('chart.estimates', { count: estimates.length }),
    outlets: i18n.t('chart.outlets', { count: outletCount(sources) }),
    claimants: i18n.t('chart.claimants', { count: named.length }),
    named: estimates.length - unnamedCount,
    unnamed: unnamedCount,
  };
  const who =
    named.length === 0
      ? i18n.t('chart.summary.unnamed', counts)
      : i18n.t(unnamedCount > 0 ? 'chart.summary.named_and_unnamed' : 'chart.summary.named', counts);

  const lowest = estimates.reduce((a, b) => (b.low < a.low ? b : a));
  const highest = estimates.reduce((a, b) => (b.high > a.high ? b : a));
  const formatted = [...new Set(estimates.map((e) => formatEstimate(e, i18n)))];
  const unit = quantity.unit;
  let summary: string;
  if (formatted.length === 1)
    summary = i18n.t(estimates.length === 1 ? 'chart.summary.single' : 'chart.summary.same', {
      who,
      estimate: formatted[0],
      unit,
    });
  else if (lowest.low === highest.high)
    summary = i18n.t('chart.summary.hedges', { who, estimates: i18n.list(formatted), unit });
  else
    summary = i18n.t('chart.summary.span', {
      who,
      lowest: formatEstimate(lowest, i18n),
      highest: formatEstimate(highest, i18n),
      unit,
    });

  // Clauses, each naming one claimant, so a semicolon between them, not a list's commas.
  const repeats = named
    .filter((g) => g.outlets > 1)
    .map((g) =>
      g.estimates.length === 1
        ? i18n.t('chart.summary.repeat', { count: g.outlets, claimant: inSentence(g.claimant.label) })
        : i18n.t('chart.summary.carry', {
            outlets: i18n.t('chart.outlets', { count: g.outlets }),
            estimates: i18n.t('chart.estimates', { count: g.estimates.length }),
            claimant: inSentence(g.claimant.label),
          }),
    );
  return repeats.length
    ? i18n.t('chart.summary.end_repeats', { summary, repeats: repeats.join('; ') })
    : i18n.t('chart.summary.end', { summary });
}
