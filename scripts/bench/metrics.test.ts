import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../lib/load.ts';
import { METRICS, metricsOf, unknownBudgets, type Measured } from './metrics.ts';
import type { PageRun } from './page.ts';

const budgets = (
  JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8')) as {
    budgets: Record<string, { max?: number; min?: number }>;
  }
).budgets;

function pageRun(n: number): PageRun {
  return {
    fcp: 100 * n,
    h1Paint: 110 * n,
    mapIdle: 1000 * n,
    loadBlocking: 10 * n,
    loadLongTasks: n,
    transferBytes: 1000 * n,
    frameMedian: 16 * n,
    frameP95: 30 * n,
    frameMax: 50 * n,
    frames: 100,
    tourLongTasks: n,
    tourBlocking: 5 * n,
    tourSeconds: 3,
    heapMB: 10 * n,
    requested: ['/', '/assets/map.js'],
    pageErrors: [],
  };
}

const measured: Measured = {
  sizes: [
    { file: 'index.html', group: 'first paint', bytes: 100, gzip: 40 },
    { file: 'assets/map.js', group: 'map', bytes: 1000, gzip: 300 },
    { file: 'claims.csv', group: 'data', bytes: 500, gzip: 200 },
  ],
  buildSeconds: 12,
  pageRuns: [pageRun(1), pageRun(3), pageRun(2)],
  lighthouseRuns: { mobile: [], desktop: [] },
};

describe('the metrics table', () => {
  it('names every metric once', () => {
    const keys = METRICS.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has a metric for every budget in bench/budgets.json', () => {
    expect(Object.keys(budgets).length).toBeGreaterThan(0);
    expect(unknownBudgets(budgets)).toEqual([]);
    expect(unknownBudgets({ ...budgets, 'load.fcpp': { max: 1 } })).toEqual(['load.fcpp']);
  });

  it('summarises each measured metric over its runs, with its budget and verdict', () => {
    const metrics = metricsOf(measured, { 'load.fcp': { max: 150 }, 'bytes.page_gzip': { max: 1000 } });
    const byKey = Object.fromEntries(metrics.map((m) => [m.key, m]));
    expect(byKey['load.fcp']).toMatchObject({ median: 200, min: 100, max: 300, budget: { max: 150 }, verdict: 'over' });
    expect(byKey['bytes.page_gzip']).toMatchObject({ median: 340, verdict: 'within' });
    expect(byKey['bytes.first_paint_gzip'].median).toBe(40);
    expect(byKey['bytes.map_gzip'].median).toBe(300);
    expect(byKey['bytes.total_gzip'].median).toBe(540);
    expect(byKey['build.seconds']).toMatchObject({ median: 12, unit: 's', verdict: 'no budget' });
    expect(byKey['heap.after_tour']).toMatchObject({ median: 20, unit: 'MB' });
  });

  it('leaves out what was not measured (Lighthouse skipped), keeps the order of the table', () => {
    const keys = metricsOf(measured, {}).map((m) => m.key);
    expect(keys.some((k) => k.startsWith('lighthouse.'))).toBe(false);
    expect(keys).toEqual(METRICS.map((m) => m.key).filter((k) => !k.startsWith('lighthouse.')));
    const withLighthouse = metricsOf(
      {
        ...measured,
        lighthouseRuns: { mobile: [{ score: 0.5, fcp: 1, lcp: 2, tbt: 3, cls: 0.01 }], desktop: [] },
      },
      budgets,
    );
    expect(withLighthouse.find((m) => m.key === 'lighthouse.mobile.score')).toMatchObject({
      median: 0.5,
      label: 'Lighthouse mobile: score',
      unit: 'score',
      verdict: 'over',
    });
    expect(withLighthouse.some((m) => m.key.startsWith('lighthouse.desktop.'))).toBe(false);
  });
});
