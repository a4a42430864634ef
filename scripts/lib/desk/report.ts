/**
 * "Before you publish": what the page will say, before and after a change, computed by the code
 * that builds it: each touched chart's spread, estimate and outlet counts and summary
 * (charts/summary.ts), each flow's band on the map (scene/band.ts), the steps whose copy goes
 * stale (story/freshness.ts) and the texts an edition lacks (the ledger's checks). The desk's
 * panel and `npm run diff` both print this.
 */
import { formatEstimate } from '../../../src/lib/i18n/ledger-words.ts';
import type { Claim, Ledger } from '../../../src/lib/data/types.ts';
import { spreadFacts, spreadSummary } from '../../../src/lib/charts/summary.ts';
import { flowBand } from '../../../src/lib/scene/band.ts';
import type { I18n } from '../../../src/lib/i18n/translator.ts';
import type { ChartFacts, Report } from '../../../src/desk/draft.ts';

/** The parts of a claim the page's charts and band read. */
const shown = (c: Claim) =>
  [c.id, c.source, c.quantity, c.low, c.high, c.qualifier, c.claimant_key, c.restates].join('|');

function facts(ledger: Ledger, quantity: string, i18n: I18n): ChartFacts | null {
  const f = spreadFacts(ledger, quantity);
  if (!f.lowest || !f.highest) return null;
  const unit = ledger.quantities.find((q) => q.id === quantity)?.unit ?? '';
  const spread =
    f.lowest === f.highest
      ? `${formatEstimate(f.lowest, i18n)} ${unit}`
      : `${formatEstimate(f.lowest, i18n)} to ${formatEstimate(f.highest, i18n)} ${unit}`;
  return { spread, estimates: f.estimates.length, outlets: f.outlets, summary: spreadSummary(ledger, quantity, i18n) };
}

/** The quantities whose claims differ between the two ledgers, in the after ledger's order. */
export function touchedQuantities(before: Ledger, after: Ledger): string[] {
  const of = (l: Ledger, q: string) =>
    l.claims
      .filter((c) => c.quantity === q)
      .map(shown)
      .sort()
      .join('\n');
  return after.quantities.map((q) => q.id).filter((q) => of(before, q) !== of(after, q));
}

/** The charts and map bands the change touches, before and after. */
export function compareLedgers(before: Ledger, after: Ledger, i18n: I18n): Pick<Report, 'charts' | 'bands'> {
  const touched = touchedQuantities(before, after);
  const charts = touched
    .map((q) => after.quantities.find((x) => x.id === q)!)
    .filter((q) => q.spread)
    .map((q) => ({
      quantity: q.id,
      label: q.label,
      before: facts(before, q.id, i18n),
      after: facts(after, q.id, i18n),
    }));
  const band = (l: Ledger, id: string) => {
    const flow = l.flows.find((f) => f.id === id);
    const b = flow && flowBand(l, flow);
    if (!b) return 'none';
    const n = (x: number) => i18n.number(x);
    return b.low === b.high ? `${n(b.low)} ${b.unit}` : `${n(b.low)}–${n(b.high)} ${b.unit}`;
  };
  const bands = after.flows
    .filter((f) => f.quantity && touched.includes(f.quantity))
    .map((f) => ({ flow: f.id, label: f.label, before: band(before, f.id), after: band(after, f.id) }))
    .filter((b) => b.before !== b.after);
  return { charts, bands };
}

/** The report as lines for a terminal. */
export function formatReport(r: Report): string {
  const out: string[] = [];
  const chart = (f: ChartFacts | null) =>
    f ? `${f.spread}; ${f.estimates} estimate(s), ${f.outlets} outlet(s)\n      "${f.summary}"` : 'no estimate';
  for (const c of r.charts) {
    out.push(`chart ${c.quantity} (${c.label})`, `  before: ${chart(c.before)}`, `  after:  ${chart(c.after)}`);
  }
  for (const b of r.bands) out.push(`map band ${b.flow} (${b.label}): ${b.before} → ${b.after}`);
  for (const s of r.stale) {
    out.push(`stale step ${s.step}: read it against ${s.claims.join(', ')}`);
    for (const t of s.texts) out.push(`  [${t.lang}] ${t.text}`);
  }
  for (const m of r.missing) out.push(`missing text: ${m.file} [${m.entry}] field "${m.field}" in "${m.lang}"`);
  for (const e of r.errors) out.push(`problem: ${e}`);
  if (out.length === 0) out.push('no change to what the page says');
  return out.join('\n');
}
