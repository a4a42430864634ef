/**
 * npm run diff [-- FILE] — what the page will say now against what it said when the ledger was
 * last published (dist/claims.json, or FILE: a published claims.json or a data/claims.json): each
 * chart touched (spread, estimates, outlets, summary), each map band, the steps whose copy is
 * stale and the texts an edition lacks. The desk's "Before you publish" panel prints the same.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Claim, Ledger } from '../src/lib/data/types.ts';
import { ROOT } from './lib/load.ts';
import { snapshot } from './lib/desk/project.ts';
import { deskReport } from './lib/desk/panel.ts';
import { formatReport } from './lib/desk/report.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const file = resolve(positionals[0] ?? `${ROOT}/dist/claims.json`);
if (!existsSync(file)) {
  console.error(`diff: ${file} does not exist; run npm run build first, or name a claims file`);
  process.exit(1);
}
const rows = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];

/** The ledger as published: today's ledger with the claims of the file (those it can still place). */
function published(now: Ledger): Ledger {
  const known = (list: { id?: string; key?: string }[], v: unknown) => list.some((x) => (x.id ?? x.key) === v);
  const claims = rows
    .filter(
      (r) => known(now.sources, r.source) && known(now.quantities, r.quantity) && known(now.claimants, r.claimant_key),
    )
    .map((r): Claim => ({
      ...(now.claims.find((c) => c.id === r.id) ?? ({} as Claim)),
      id: String(r.id),
      source: String(r.source),
      quantity: String(r.quantity),
      low: Number(r.low),
      high: Number(r.high),
      qualifier: r.qualifier as Claim['qualifier'],
      claimant: String(r.claimant),
      claimant_key: String(r.claimant_key),
      restates: String(r.restates ?? ''),
      figure: String(r.figure),
      quote: String(r.quote),
    }));
  const left = rows.length - claims.length;
  if (left) console.log(`diff: ${left} claim(s) of ${file} name a source, quantity or claimant no longer in data/`);
  return { ...now, claims };
}

console.log(formatReport(deskReport(snapshot(ROOT), null, published)));
