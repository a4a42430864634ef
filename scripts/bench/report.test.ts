import { describe, expect, it } from 'vitest';
import { metricsTable, scaleTable } from './report.ts';
import type { Metric } from './metrics.ts';
import type { ScaleRun } from './scale.ts';

function scaleRun(factor: number, k: number, error?: string): ScaleRun {
  return {
    factor,
    sources: 5 * factor,
    claims: 29 * factor,
    buildSeconds: 10 * k,
    pageGzip: 1024 * 100 * k,
    firstPaintJsGzip: 1024 * 10 * k,
    totalGzip: 1024 * 1000 * k,
    lighthouseTbt: NaN,
    loadBlocking: 100 * k,
    mapIdle: 1000 * k,
    frameMedian: 20 * k,
    frameP95: 40 * k,
    tourBlocking: 50 * k,
    heapMB: 10 * k,
    error,
  };
}

describe('the printed tables', () => {
  it('scale: each column with its growth against ×1, "—" for what was not measured', () => {
    const lines = scaleTable([scaleRun(1, 1), scaleRun(10, 2)]).split('\n');
    expect(lines[0]).toMatch(/^scale +sources +claims +build +page gzip +first-paint JS +LH mobile TBT .* heap$/);
    expect(lines[2]).toMatch(
      /^×1 +5 +29 +10\.0 s \(×1\.00\) +100\.0 KB \(×1\.00\) +10\.0 KB \(×1\.00\) +— +100 ms \(×1\.00\)/,
    );
    expect(lines[3]).toMatch(/^×10 +50 +290 +20\.0 s \(×2\.00\) .* +20\.0 MB \(×2\.00\)$/);
  });

  it('scale: an error column only when a factor failed, with its first line', () => {
    expect(scaleTable([scaleRun(1, 1)])).not.toContain('error');
    const table = scaleTable([scaleRun(1, 1), scaleRun(100, 1, 'build failed:\nlots of output')]);
    expect(table.split('\n')[0]).toMatch(/ error$/);
    expect(table.split('\n')[3]).toMatch(/ build failed:$/);
  });

  it('metrics: min and max only over several runs, no status without a budget', () => {
    const fcp: Metric = {
      ...{ key: 'load.fcp', label: 'FCP', unit: 'ms', median: 200, min: 100, max: 300, runs: [100, 200, 300] },
      ...{ budget: { max: 150 }, verdict: 'over' },
    };
    const build: Metric = {
      ...{ key: 'build.seconds', label: 'build', unit: 's', median: 12, min: 12, max: 12, runs: [12] },
      verdict: 'no budget',
    };
    const lines = metricsTable([fcp, build]).split('\n');
    expect(lines[0]).toMatch(/^metric +median +min +max +budget +status$/);
    expect(lines[2]).toMatch(/^FCP +200 ms +100 ms +300 ms +≤ 150 ms +over$/);
    expect(lines[3]).toMatch(/^build +12\.0 s$/);
  });

  it('metrics: a bare map column only when the bare page was measured, and ratios printed as ×', () => {
    const tbt: Metric = {
      ...{
        key: 'lighthouse.mobile.tbt',
        label: 'TBT',
        unit: 'ms',
        median: 300,
        min: 200,
        max: 400,
        runs: [200, 300, 400],
      },
      ...{ bare: 3000, verdict: 'no budget' },
    };
    const ratio: Metric = {
      ...{ key: 'vs_bare.lighthouse.mobile.tbt', label: '÷ bare map: TBT', unit: 'times', median: 0.1, min: 0.05 },
      ...{ max: 0.2, runs: [0.05, 0.1, 0.2], budget: { max: 0.15 }, verdict: 'within' },
    };
    const lines = metricsTable([tbt, ratio]).split('\n');
    expect(lines[0]).toMatch(/^metric +median +min +max +bare map +budget +status$/);
    expect(lines[2]).toMatch(/^TBT +300 ms +200 ms +400 ms +3000 ms$/);
    expect(lines[3]).toMatch(/^÷ bare map: TBT +×0\.10 +×0\.050 +×0\.20 +≤ ×0\.15 +within$/);
    expect(metricsTable([{ ...tbt, bare: undefined }])).not.toContain('bare map');
  });
});
