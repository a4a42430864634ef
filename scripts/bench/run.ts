/**
 * npm run bench — builds the story and a bare full-screen MapLibre page (bare.ts: the same engine,
 * basemap and base style, in the temp folder), serves both with Vite's preview server on
 * 127.0.0.1 and measures them alternately in headless Chromium: bytes per asset (gzip -9), what
 * a load left alone requests (first-paint JS among it), time to first paint and to map idle, long
 * tasks and frame times while touring every step, the JS heap after the tour (median of 5 runs,
 * after one uncounted warm-up load each), Lighthouse mobile and desktop (median of 5 runs each),
 * and build time, bytes, Lighthouse mobile TBT, load blocking and frame times at ×1, ×10 and ×100
 * synthetic sources and claims (median of 3 runs each). The story's figures are also given as
 * ratios to the bare map's, and ×10's as ratios to ×1's. Writes bench/report.json, prints a table
 * and says, for each metric with a budget in bench/budgets.json, whether its median is within or
 * over. Budgets are reported, never asserted: timings are not tests.
 *
 * The command line is options.ts (`--help`), the measuring measure.ts, the metrics and their
 * budget keys metrics.ts, the report and the tables report.ts. The engine comparison of 2026-12
 * (maplibre-gl 5.x against 6.x) is recorded in docs/bench.md; its command is retired.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/load.ts';
import { measure } from './measure.ts';
import { metricsOf, unknownBudgets } from './metrics.ts';
import { parseBenchArgs, UsageError, USAGE, type BenchOptions } from './options.ts';
import { machineOf, printed, writeReport } from './report.ts';
import type { Budget } from './stats.ts';

const BUDGETS_FILE = join(ROOT, 'bench/budgets.json');
const REPORT_FILE = join(ROOT, 'bench/report.json');

function options(): BenchOptions {
  try {
    return parseBenchArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`bench: ${e.message}\n${USAGE}`);
    process.exit(2);
  }
}

function loadBudgets(): Record<string, Budget> {
  const budgets = (JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as { budgets: Record<string, Budget> }).budgets;
  const unknown = unknownBudgets(budgets);
  if (unknown.length) throw new Error(`bench/budgets.json: no metric is named ${unknown.join(', ')}`);
  return budgets;
}

async function main(): Promise<void> {
  const opts = options();
  if (opts.help) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const log = (line: string) =>
    console.error(`bench [${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  const budgets = loadBudgets();
  const runs = await measure(opts, log);
  const report = {
    machine: machineOf(runs.chromiumVersion),
    options: opts,
    durationSeconds: (performance.now() - started) / 1000,
    metrics: metricsOf(runs.measured, budgets),
    runs,
    budgetsFile: BUDGETS_FILE,
    reportFile: REPORT_FILE,
  };
  writeReport(report);
  console.log(printed(report));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
