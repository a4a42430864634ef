/**
 * The engine comparison's table (engines.ts): each figure per engine as median (min–max) over its
 * runs, and the last engine's over the first's, as the median of run-by-run ratios (the runs
 * alternate, so pair i ran back to back). Pure, so it is unit-tested (engines-table.test.ts).
 */
import type { AssetSize } from '../sizes.ts';
import { gzipOf, javaScriptOf, onLoad } from './bytes.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PageRun } from './page.ts';
import { format, pairedRatios, summarise, table, type Unit } from './stats.ts';

export interface EngineRuns {
  version: string;
  sizes: AssetSize[];
  pageRuns: PageRun[];
  lighthouse: LighthouseResult[];
}

const ROWS: { label: string; unit: Unit; values: (e: EngineRuns) => number[] }[] = [
  {
    label: 'JavaScript requested, gzip -9 (incl. worker)',
    unit: 'B',
    values: (e) => e.pageRuns.map((r) => javaScriptOf(e.sizes, r.requests)),
  },
  {
    label: 'everything on load, gzip -9',
    unit: 'B',
    values: (e) => e.pageRuns.map((r) => gzipOf(e.sizes, onLoad(r.requests))),
  },
  { label: 'map idle, from navigation', unit: 'ms', values: (e) => e.pageRuns.map((r) => r.mapIdle) },
  { label: 'long tasks before idle', unit: 'count', values: (e) => e.pageRuns.map((r) => r.loadLongTasks) },
  {
    label: 'long tasks beyond 50 ms, before idle',
    unit: 'ms',
    values: (e) => e.pageRuns.map((r) => r.loadBlocking),
  },
  { label: 'Lighthouse mobile: TBT', unit: 'ms', values: (e) => e.lighthouse.map((r) => r.tbt) },
  { label: 'Lighthouse mobile: score', unit: 'score', values: (e) => e.lighthouse.map((r) => r.score) },
  { label: 'Lighthouse mobile: LCP', unit: 'ms', values: (e) => e.lighthouse.map((r) => r.lcp) },
];

export function enginesTable(engines: EngineRuns[]): string {
  const [first, last] = [engines[0], engines.at(-1)!];
  const cell = (values: number[], unit: Unit) => {
    const s = summarise(values);
    return values.length > 1
      ? `${format(s.median, unit)} (${format(s.min, unit)}–${format(s.max, unit)})`
      : format(s.median, unit);
  };
  return table([
    ['', ...engines.map((e) => `maplibre-gl ${e.version}`), `${last.version} ÷ ${first.version}`],
    ...ROWS.filter((row) => engines.some((e) => row.values(e).length)).map((row) => [
      row.label,
      ...engines.map((e) => cell(row.values(e), row.unit)),
      format(summarise(pairedRatios(row.values(last), row.values(first))).median, 'times'),
    ]),
  ]);
}
