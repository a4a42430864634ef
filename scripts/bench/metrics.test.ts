import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../lib/load.ts';
import type { Request } from './bytes.ts';
import type { LighthouseResult } from './lighthouse.ts';
import { METRICS, metricsOf, unknownBudgets, VS_BARE, type Measured } from './metrics.ts';
import type { PageRun } from './page.ts';
import { attribute } from './causes.ts';
import type { ScaleRun } from './scale.ts';

const budgets = (
  JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8')) as {
    budgets: Record<string, { max?: number; min?: number }>;
  }
).budgets;

const js = (path: string, afterInput = false): Request => ({
  path,
  type: 'script',
  contentType: 'text/javascript',
  afterInput,
});
const doc: Request = { path: '/', type: 'document', contentType: 'text/html', afterInput: false };

function pageRun(n: number, requests: Request[] = [doc, js('/assets/map.js')]): PageRun {
  return {
    fcp: 100 * n,
    h1Paint: 110 * n,
    mapIdle: 1000 * n,
    mapIdleFrom: 'navigation',
    loadBlocking: 10 * n,
    loadLongTasks: n,
    transferBytes: 1000 * n,
    frameMedian: 16 * n,
    frameP95: 30 * n,
    frameMax: 50 * n,
    frames: 100,
    tourLongTasks: n,
    tourBlocking: 5 * n,
    tourCauses: attribute([]),
    tourFrames: [],
    tourSeconds: 3,
    heapMB: 10 * n,
    requests,
    pageErrors: [],
  };
}

const lighthouse = (tbt: number, score = 0.5): LighthouseResult => ({ score, fcp: 1, lcp: 2, tbt, cls: 0.01 });

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

/** The same story with the bare map page, both measured three times, alternated. */
const withBare: Measured = {
  ...measured,
  lighthouseRuns: { mobile: [lighthouse(300), lighthouse(1000), lighthouse(200)], desktop: [] },
  bare: {
    sizes: [
      { file: 'index.html', group: 'first paint', bytes: 50, gzip: 30 },
      { file: 'assets/index.js', group: 'first paint', bytes: 3000, gzip: 2970 },
    ],
    buildSeconds: 4,
    pageRuns: [1, 2, 4].map((n) => pageRun(n, [doc, js('/assets/index.js')])),
    lighthouseRuns: { mobile: [lighthouse(3000, 0.6), lighthouse(4000, 0.5), lighthouse(2000, 0.7)], desktop: [] },
  },
};

function scaleRun(factor: number, tbt: number, js: number): ScaleRun {
  return {
    ...{ factor, sources: 5 * factor, claims: 29 * factor, buildSeconds: 10, pageGzip: 1, firstPaintJsGzip: js },
    ...{ totalGzip: 1, lighthouseTbt: tbt, loadBlocking: 1, mapIdle: 1, frameMedian: 1, frameP95: 1 },
    ...{ tourBlocking: 1, heapMB: 1 },
  };
}

const byKey = (m: Measured, b: Record<string, { max?: number; min?: number }> = {}) =>
  Object.fromEntries(metricsOf(m, b).map((x) => [x.key, x]));

describe('the metrics table', () => {
  it('names every metric once', () => {
    const keys = METRICS.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has a metric for every budget in bench/budgets.json', () => {
    expect(Object.keys(budgets).length).toBeGreaterThan(0);
    expect(unknownBudgets(budgets)).toEqual([]);
    expect(unknownBudgets({ ...budgets, 'load.fcpp': { max: 1 } })).toEqual(['load.fcpp']);
    expect(unknownBudgets({ 'vs_bare.load.fcp': { max: 1 } })).toEqual(['vs_bare.load.fcp']);
  });

  it('holds the goal budgets of issue #12, on ratios where a millisecond means nothing here', () => {
    expect(budgets).toMatchObject({
      'lighthouse.mobile.score': { min: 0.95 },
      'vs_bare.lighthouse.mobile.tbt': { max: 0.15 },
      'lighthouse.mobile.lcp': { max: 1500 },
      'lighthouse.mobile.cls': { max: 0.01 },
      'bytes.first_paint_js_gzip': { max: 61440 },
      'scale.x10_vs_x1.tbt': { max: 1.1 },
      'scale.x10_vs_x1.first_paint_js': { max: 1.1 },
    });
    expect(budgets['lighthouse.mobile.tbt']).toBeUndefined();
  });

  it('summarises each measured metric over its runs, with its budget and verdict', () => {
    const m = byKey(measured, { 'load.fcp': { max: 150 }, 'bytes.page_gzip': { max: 1000 } });
    expect(m['load.fcp']).toMatchObject({ median: 200, min: 100, max: 300, budget: { max: 150 }, verdict: 'over' });
    expect(m['bytes.page_gzip']).toMatchObject({ median: 340, verdict: 'within' });
    expect(m['bytes.load_gzip'].median).toBe(340);
    expect(m['bytes.first_paint_js_gzip'].median).toBe(300);
    expect(m['bytes.after_input_gzip'].median).toBe(0);
    expect(m['bytes.total_gzip'].median).toBe(540);
    expect(m['build.seconds']).toMatchObject({ median: 12, unit: 's', verdict: 'no budget' });
    expect(m['heap.after_tour']).toMatchObject({ median: 20, unit: 'MB' });
  });

  it('first-paint JS follows the requests of each run, not the file names', () => {
    const lazy = { ...measured, pageRuns: [pageRun(1, [doc, js('/assets/map.js', true)])] };
    const m = byKey(lazy, budgets);
    expect(m['bytes.first_paint_js_gzip']).toMatchObject({ median: 0, verdict: 'within' });
    expect(m['bytes.load_gzip'].median).toBe(40);
    expect(m['bytes.after_input_gzip'].median).toBe(300);
    const eager = byKey({ ...measured, sizes: [{ ...measured.sizes[1], gzip: 61441 }] }, budgets);
    expect(eager['bytes.first_paint_js_gzip']).toMatchObject({ median: 61441, verdict: 'over' });
  });

  it('leaves out what was not measured (Lighthouse, the bare map, the scale runs), keeps the order', () => {
    const keys = metricsOf(measured, {}).map((m) => m.key);
    expect(keys.some((k) => k.startsWith('lighthouse.') || k.startsWith('vs_bare.') || k.startsWith('scale.'))).toBe(
      false,
    );
    expect(keys).toEqual(METRICS.map((m) => m.key).filter((k) => keys.includes(k)));
    const m = byKey({ ...measured, lighthouseRuns: { mobile: [lighthouse(3)], desktop: [] } }, budgets);
    expect(m['lighthouse.mobile.score']).toMatchObject({
      median: 0.5,
      label: 'Lighthouse mobile: score',
      unit: 'score',
      verdict: 'over',
    });
    expect(Object.keys(m).some((k) => k.startsWith('lighthouse.desktop.'))).toBe(false);
  });
});

describe('ratios to the bare map page', () => {
  it('gives the story as ratios to the bare map, run by run, with the bare median beside the story', () => {
    const m = byKey(withBare, budgets);
    // TBT pairs: 300/3000, 1000/4000, 200/2000.
    expect(m['vs_bare.lighthouse.mobile.tbt']).toMatchObject({
      median: 0.1,
      min: 0.1,
      max: 0.25,
      unit: 'times',
      label: '÷ bare map: Lighthouse mobile: TBT',
      budget: { max: 0.15 },
      verdict: 'within',
    });
    expect(m['lighthouse.mobile.tbt']).toMatchObject({ median: 300, bare: 3000 });
    expect(m['vs_bare.load.map_idle'].runs).toEqual([1, 1.5, 0.5]);
    expect(m['vs_bare.heap.after_tour'].median).toBe(1);
    expect(m['vs_bare.bytes.first_paint_js_gzip'].median).toBeCloseTo(0.101, 3);
    expect(m['vs_bare.bytes.load_gzip']).toMatchObject({
      median: 340 / 3000,
      label: '÷ bare map: bytes on load (gzip -9)',
    });
    expect(m['vs_bare.lighthouse.mobile.score'].runs).toEqual([0.5 / 0.6, 1, 0.5 / 0.7]);
    expect(m['build.seconds'].bare).toBe(4);
    expect(m['vs_bare.lighthouse.mobile.tbt'].bare).toBeUndefined();
  });

  it('a ratio budget goes over when the story blocks more than its share of the bare map', () => {
    const heavy = {
      ...withBare,
      lighthouseRuns: { mobile: [lighthouse(600), lighthouse(700), lighthouse(500)], desktop: [] },
    };
    expect(byKey(heavy, budgets)['vs_bare.lighthouse.mobile.tbt']).toMatchObject({ median: 0.2, verdict: 'over' });
  });

  it('has a ratio for each figure the issue compares', () => {
    expect(VS_BARE).toEqual(
      expect.arrayContaining([
        'lighthouse.mobile.tbt',
        'lighthouse.desktop.tbt',
        'lighthouse.mobile.score',
        'lighthouse.mobile.lcp',
        'bytes.load_gzip',
        'load.map_idle',
        'heap.after_tour',
      ]),
    );
  });
});

describe('scale ratios', () => {
  it('×10 and ×100 over ×1, with the ×10 budgets', () => {
    const m = byKey(
      { ...measured, scaleRuns: [scaleRun(1, 200, 50_000), scaleRun(10, 230, 54_000), scaleRun(100, 800, 90_000)] },
      budgets,
    );
    expect(m['scale.x10_vs_x1.tbt']).toMatchObject({ verdict: 'over', label: '×10 ÷ ×1: Lighthouse mobile TBT' });
    expect(m['scale.x10_vs_x1.tbt'].median).toBeCloseTo(1.15);
    expect(m['scale.x10_vs_x1.first_paint_js']).toMatchObject({ median: 1.08, verdict: 'within' });
    expect(m['scale.x100_vs_x1.tbt']).toMatchObject({ median: 4, verdict: 'no budget' });
  });

  it('not measured when ×1 or the factor is missing, or ×1 measured nothing', () => {
    expect(byKey({ ...measured, scaleRuns: [scaleRun(10, 1, 1)] })['scale.x10_vs_x1.tbt']).toBeUndefined();
    const m = byKey({ ...measured, scaleRuns: [scaleRun(1, NaN, 1), scaleRun(10, 5, 1)] }, budgets);
    expect(m['scale.x10_vs_x1.tbt'].verdict).toBe('not measured');
  });
});
