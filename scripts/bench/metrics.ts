/**
 * The bench's metrics, declared once: each has the key bench/budgets.json names it by, the label
 * the printed table shows, its unit, and how its values (one per run) are read from what was
 * measured. measure.ts fills a Measured; metricsOf() turns it into summaries checked against the
 * budgets; report.ts prints and saves them in this order.
 */
import type { AssetSize } from '../sizes.ts';
import { firstPaintGzipOf, gzipOf } from './bytes.ts';
import type { LighthouseResult, Preset } from './lighthouse.ts';
import type { PageRun } from './page.ts';
import { summarise, verdict, type Budget, type Summary, type Unit, type Verdict } from './stats.ts';

/** Everything one bench run measured on the project (the scale runs are reported on their own). */
export interface Measured {
  sizes: AssetSize[];
  /** NaN with --no-build. */
  buildSeconds: number;
  pageRuns: PageRun[];
  lighthouseRuns: Record<Preset, LighthouseResult[]>;
}

export interface MetricDef {
  /** Its name in bench/budgets.json and bench/report.json. */
  key: string;
  label: string;
  unit: Unit;
  /** One value per run; none when it was not measured (no Lighthouse): the metric is then left out. */
  values(m: Measured): number[];
}

/** Same-origin paths any page run requested. */
const requested = (m: Measured) => [...new Set(m.pageRuns.flatMap((r) => r.requested))];
const perPage =
  (pick: (r: PageRun) => number) =>
  (m: Measured): number[] =>
    m.pageRuns.map(pick);

const LIGHTHOUSE: { id: keyof Omit<LighthouseResult, 'error'>; label: string; unit: Unit }[] = [
  { id: 'score', label: 'score', unit: 'score' },
  { id: 'fcp', label: 'FCP', unit: 'ms' },
  { id: 'lcp', label: 'LCP', unit: 'ms' },
  { id: 'tbt', label: 'TBT', unit: 'ms' },
  { id: 'cls', label: 'CLS', unit: 'ratio' },
];

export const METRICS: readonly MetricDef[] = [
  {
    key: 'bytes.page_gzip',
    label: 'bytes the page loads (gzip -9)',
    unit: 'B',
    values: (m) => [gzipOf(m.sizes, requested(m))],
  },
  {
    key: 'bytes.first_paint_gzip',
    label: '  of which HTML + entry JS/CSS',
    unit: 'B',
    values: (m) => [firstPaintGzipOf(m.sizes, requested(m))],
  },
  {
    key: 'bytes.map_gzip',
    label: '  of which map (lib, worker, basemap, fonts)',
    unit: 'B',
    values: (m) => [
      gzipOf(
        m.sizes.filter((s) => s.group === 'map'),
        requested(m),
      ),
    ],
  },
  {
    key: 'bytes.total_gzip',
    label: 'all of dist/ (gzip -9)',
    unit: 'B',
    values: (m) => [m.sizes.reduce((n, s) => n + s.gzip, 0)],
  },
  {
    key: 'bytes.transfer',
    label: 'bytes over the wire per load (preview)',
    unit: 'B',
    values: perPage((r) => r.transferBytes),
  },
  { key: 'build.seconds', label: 'npm run build', unit: 's', values: (m) => [m.buildSeconds] },
  { key: 'load.fcp', label: 'first text paint (FCP)', unit: 'ms', values: perPage((r) => r.fcp) },
  {
    key: 'load.h1_paint',
    label: 'headline paint (LCP entry of the h1)',
    unit: 'ms',
    values: perPage((r) => r.h1Paint),
  },
  { key: 'load.map_idle', label: 'map idle', unit: 'ms', values: perPage((r) => r.mapIdle) },
  {
    key: 'load.blocking',
    label: 'long tasks FCP → map idle, beyond 50 ms',
    unit: 'ms',
    values: perPage((r) => r.loadBlocking),
  },
  {
    key: 'tour.frame_median',
    label: 'scroll tour: frame time, median',
    unit: 'ms',
    values: perPage((r) => r.frameMedian),
  },
  { key: 'tour.frame_p95', label: 'scroll tour: frame time, 95th pct', unit: 'ms', values: perPage((r) => r.frameP95) },
  { key: 'tour.frame_max', label: 'scroll tour: longest frame', unit: 'ms', values: perPage((r) => r.frameMax) },
  { key: 'tour.long_tasks', label: 'scroll tour: long tasks', unit: 'count', values: perPage((r) => r.tourLongTasks) },
  {
    key: 'tour.blocking',
    label: 'scroll tour: long tasks beyond 50 ms',
    unit: 'ms',
    values: perPage((r) => r.tourBlocking),
  },
  { key: 'heap.after_tour', label: 'JS heap after the tour (after GC)', unit: 'MB', values: perPage((r) => r.heapMB) },
  ...(['mobile', 'desktop'] as const).flatMap((preset) =>
    LIGHTHOUSE.map(({ id, label, unit }): MetricDef => ({
      key: `lighthouse.${preset}.${id}`,
      label: `Lighthouse ${preset}: ${label}`,
      unit,
      values: (m) => m.lighthouseRuns[preset].map((r) => r[id]),
    })),
  ),
];

/** A metric as reported: its summary over the runs and where its median stands against its budget. */
export interface Metric extends Summary {
  key: string;
  label: string;
  unit: Unit;
  budget?: Budget;
  verdict: Verdict;
}

/** Every metric that was measured, in METRICS's order, with its budget from bench/budgets.json. */
export function metricsOf(measured: Measured, budgets: Record<string, Budget>): Metric[] {
  return METRICS.flatMap(({ key, label, unit, values }) => {
    const runs = values(measured);
    if (!runs.length) return [];
    const s = summarise(runs);
    return [{ key, label, unit, ...s, budget: budgets[key], verdict: verdict(s.median, budgets[key]) }];
  });
}

/** Budget keys that name no metric (a misspelt key would otherwise never be checked). */
export function unknownBudgets(budgets: Record<string, Budget>): string[] {
  const keys = new Set(METRICS.map((m) => m.key));
  return Object.keys(budgets).filter((k) => !keys.has(k));
}
