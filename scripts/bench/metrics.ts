/**
 * The bench's metrics, declared once: each has the key bench/budgets.json names it by, the label
 * the printed table shows, its unit, and how its values (one per run) are read from what was
 * measured. measure.ts fills a Measured; metricsOf() turns it into summaries checked against the
 * budgets; report.ts prints and saves them in this order.
 *
 * Some metrics are ratios of two measurements of the same run, so a budget can hold on a ratio
 * as on any figure: the story against the bare map page (`vs_bare.<metric>`, run by run in the
 * alternated pairs), and a scale factor against ×1 (`scale.x10_vs_x1.<what>`).
 */
import type { AssetSize } from '../sizes.ts';
import { afterInput, firstPaintJsOf, gzipOf, onLoad, type Request } from './bytes.ts';
import type { LighthouseResult, Preset } from './lighthouse.ts';
import type { PageRun } from './page.ts';
import { SCALES, type ScaleRun } from './scale.ts';
import {
  pairedRatios,
  ratio,
  summarise,
  verdict,
  type Budget,
  type Summary,
  type Unit,
  type Verdict,
} from './stats.ts';

/** Everything one bench run measured on a page. */
export interface Measured {
  sizes: AssetSize[];
  /** NaN with --no-build. */
  buildSeconds: number;
  pageRuns: PageRun[];
  lighthouseRuns: Record<Preset, LighthouseResult[]>;
  /** The bare map page (bare.ts), measured the same way in the same run, its runs alternating with these. */
  bare?: Measured;
  /** The scale runs, ×1 first (scale.ts). */
  scaleRuns?: ScaleRun[];
}

export interface MetricDef {
  /** Its name in bench/budgets.json and bench/report.json. */
  key: string;
  label: string;
  unit: Unit;
  /** One value per run; none when it was not measured (no Lighthouse): the metric is then left out. */
  values(m: Measured): number[];
}

const perPage =
  (pick: (r: PageRun) => number) =>
  (m: Measured): number[] =>
    m.pageRuns.map(pick);

/** Per run: gzip -9 of the built files at the paths `choose` picks from that run's requests. */
const requestedGzip =
  (choose: (requests: Request[]) => string[]) =>
  (m: Measured): number[] =>
    m.pageRuns.map((r) => gzipOf(m.sizes, choose(r.requests)));

const LIGHTHOUSE: { id: keyof Omit<LighthouseResult, 'error'>; label: string; unit: Unit }[] = [
  { id: 'score', label: 'score', unit: 'score' },
  { id: 'fcp', label: 'FCP', unit: 'ms' },
  { id: 'lcp', label: 'LCP', unit: 'ms' },
  { id: 'tbt', label: 'TBT', unit: 'ms' },
  { id: 'cls', label: 'CLS', unit: 'ratio' },
];

/** What is measured on a page: the story, and the same on the bare map page. */
export const PAGE_METRICS: readonly MetricDef[] = [
  {
    key: 'bytes.page_gzip',
    label: 'bytes the visit requests, load + tour (gzip -9)',
    unit: 'B',
    values: requestedGzip((rs) => rs.map((r) => r.path)),
  },
  {
    key: 'bytes.load_gzip',
    label: '  of which on load, no scroll or input',
    unit: 'B',
    values: requestedGzip(onLoad),
  },
  {
    key: 'bytes.first_paint_js_gzip',
    label: '    of which JavaScript (first-paint JS)',
    unit: 'B',
    values: (m) => m.pageRuns.map((r) => firstPaintJsOf(m.sizes, r.requests)),
  },
  {
    key: 'bytes.after_input_gzip',
    label: '  of which first asked for after scrolling',
    unit: 'B',
    values: requestedGzip(afterInput),
  },
  {
    key: 'bytes.total_gzip',
    label: 'all of dist/ (gzip -9)',
    unit: 'B',
    values: (m) => [m.sizes.reduce((n, s) => n + s.gzip, 0)],
  },
  {
    key: 'bytes.transfer',
    label: 'bytes over the wire per load (preview gzip)',
    unit: 'B',
    values: perPage((r) => r.transferBytes),
  },
  { key: 'build.seconds', label: 'build', unit: 's', values: (m) => [m.buildSeconds] },
  { key: 'load.fcp', label: 'first paint (FCP)', unit: 'ms', values: perPage((r) => r.fcp) },
  {
    key: 'load.h1_paint',
    label: 'headline paint (LCP entry of the h1)',
    unit: 'ms',
    values: perPage((r) => r.h1Paint),
  },
  {
    key: 'load.map_idle',
    label: 'map idle, from navigation (or first scroll)',
    unit: 'ms',
    values: perPage((r) => r.mapIdle),
  },
  {
    key: 'load.blocking',
    label: 'long tasks navigation → map idle, beyond 50 ms',
    unit: 'ms',
    values: perPage((r) => r.loadBlocking),
  },
  {
    key: 'tour.frame_median',
    label: 'tour: frame time, median',
    unit: 'ms',
    values: perPage((r) => r.frameMedian),
  },
  { key: 'tour.frame_p95', label: 'tour: frame time, 95th pct', unit: 'ms', values: perPage((r) => r.frameP95) },
  { key: 'tour.frame_max', label: 'tour: longest frame', unit: 'ms', values: perPage((r) => r.frameMax) },
  { key: 'tour.long_tasks', label: 'tour: long tasks', unit: 'count', values: perPage((r) => r.tourLongTasks) },
  {
    key: 'tour.blocking',
    label: 'tour: long tasks beyond 50 ms',
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

/** The story's figures given as ratios to the bare map's, each under `vs_bare.<its key>`. */
export const VS_BARE = [
  'lighthouse.mobile.tbt',
  'lighthouse.desktop.tbt',
  'lighthouse.mobile.score',
  'lighthouse.mobile.lcp',
  'bytes.load_gzip',
  'bytes.first_paint_js_gzip',
  'bytes.transfer',
  'load.map_idle',
  'load.blocking',
  'heap.after_tour',
] as const;

/** Labels of their own where the metric's reads only under its parent row. */
const VS_BARE_LABELS: Record<string, string> = {
  'bytes.load_gzip': 'bytes on load (gzip -9)',
  'bytes.first_paint_js_gzip': 'first-paint JS (gzip -9)',
};

/** A metric that is the story's figure over the bare map's, run by run (stats.ts pairedRatios). */
export function vsBare(def: MetricDef): MetricDef {
  return {
    key: `vs_bare.${def.key}`,
    label: `÷ bare map: ${VS_BARE_LABELS[def.key] ?? def.label.trim()}`,
    unit: 'times',
    values: (m) => (m.bare ? pairedRatios(def.values(m), def.values(m.bare)) : []),
  };
}

/** The story's figures given as differences from the bare map's, each under `over_bare.<its key>`. */
export const OVER_BARE = ['tour.blocking'] as const;

/**
 * A metric that is the story's figure minus the bare map's, run by run in the alternated pairs:
 * for a budget the issue states as "the bare map's + 100 ms" (the bare map's own may be 0).
 */
export function overBare(def: MetricDef): MetricDef {
  return {
    key: `over_bare.${def.key}`,
    label: `− bare map: ${def.label.trim()}`,
    unit: def.unit,
    values: (m) => {
      if (!m.bare) return [];
      const [a, b] = [def.values(m), def.values(m.bare)];
      if (!a.length || !b.length) return [];
      return Array.from(
        { length: Math.max(a.length, b.length) },
        (_, i) => a[Math.min(i, a.length - 1)] - b[Math.min(i, b.length - 1)],
      );
    },
  };
}

/** What the scale runs are compared on, ×N against ×1. */
const SCALE_RATIOS: { id: string; label: string; pick: (s: ScaleRun) => number }[] = [
  { id: 'tbt', label: 'Lighthouse mobile TBT', pick: (s) => s.lighthouseTbt },
  { id: 'first_paint_js', label: 'first-paint JS', pick: (s) => s.firstPaintJsGzip },
];

/** A scale factor's figure over ×1's (both medians of that factor's runs). */
export function scaleRatio(factor: number, id: string, label: string, pick: (s: ScaleRun) => number): MetricDef {
  return {
    key: `scale.x${factor}_vs_x1.${id}`,
    label: `×${factor} ÷ ×1: ${label}`,
    unit: 'times',
    values: (m) => {
      const base = m.scaleRuns?.find((s) => s.factor === 1);
      const at = m.scaleRuns?.find((s) => s.factor === factor);
      return base && at ? [ratio(pick(at), pick(base))] : [];
    },
  };
}

const byKey = new Map(PAGE_METRICS.map((d) => [d.key, d]));

export const METRICS: readonly MetricDef[] = [
  ...PAGE_METRICS,
  ...VS_BARE.map((key) => vsBare(byKey.get(key)!)),
  ...OVER_BARE.map((key) => overBare(byKey.get(key)!)),
  ...SCALES.filter((f) => f !== 1).flatMap((f) => SCALE_RATIOS.map((r) => scaleRatio(f, r.id, r.label, r.pick))),
];

/** A metric as reported: its summary over the runs and where its median stands against its budget. */
export interface Metric extends Summary {
  key: string;
  label: string;
  unit: Unit;
  /** The same metric's median on the bare map page, when it was measured there. */
  bare?: number;
  budget?: Budget;
  verdict: Verdict;
}

/** Every metric that was measured, in METRICS's order, with its budget from bench/budgets.json. */
export function metricsOf(measured: Measured, budgets: Record<string, Budget>): Metric[] {
  return METRICS.flatMap(({ key, label, unit, values }) => {
    const runs = values(measured);
    if (!runs.length) return [];
    const s = summarise(runs);
    const onBare = measured.bare && byKey.has(key) ? values(measured.bare) : [];
    return [
      {
        key,
        label,
        unit,
        ...s,
        ...(onBare.length ? { bare: summarise(onBare).median } : {}),
        budget: budgets[key],
        verdict: verdict(s.median, budgets[key]),
      },
    ];
  });
}

/** Budget keys that name no metric (a misspelt key would otherwise never be checked). */
export function unknownBudgets(budgets: Record<string, Budget>): string[] {
  const keys = new Set(METRICS.map((m) => m.key));
  return Object.keys(budgets).filter((k) => !keys.has(k));
}
