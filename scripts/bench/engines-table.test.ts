import { describe, expect, it } from 'vitest';
import type { Request } from './bytes.ts';
import { enginesTable, type EngineRuns } from './engines-table.ts';
import type { PageRun } from './page.ts';
import { attribute } from './causes.ts';

const script = (path: string): Request => ({ path, type: 'script', contentType: 'text/javascript', afterInput: false });

function run(mapIdle: number, blocking: number, requests: Request[]): PageRun {
  return {
    ...{ fcp: 1, h1Paint: NaN, mapIdle, mapIdleFrom: 'navigation', loadBlocking: blocking, loadLongTasks: 2 },
    ...{ transferBytes: 1, frameMedian: NaN, frameP95: NaN, frameMax: NaN, frames: 0, tourLongTasks: 0 },
    ...{ tourBlocking: 0, tourSeconds: 0, heapMB: 5, requests, pageErrors: [] },
    ...{ tourCauses: attribute([]), tourFrames: [] },
  };
}

const v5: EngineRuns = {
  version: '5.24.1',
  // The UMD build inlines its worker: one script.
  sizes: [{ file: 'assets/index.js', group: 'first paint', bytes: 1, gzip: 200 * 1024 }],
  pageRuns: [run(1000, 100, [script('/assets/index.js')]), run(3000, 400, [script('/assets/index.js')])],
  lighthouse: [],
};
const v6: EngineRuns = {
  version: '6.17.0',
  sizes: [
    { file: 'assets/index.js', group: 'first paint', bytes: 1, gzip: 200 * 1024 },
    { file: 'assets/worker.mjs', group: 'map', bytes: 1, gzip: 100 * 1024 },
  ],
  pageRuns: [1, 2].map((k) => run(500 * k, 50 * k, [script('/assets/index.js'), script('/assets/worker.mjs')])),
  lighthouse: [],
};

describe('enginesTable', () => {
  it('per engine median (min–max), and the last over the first as paired ratios', () => {
    const lines = enginesTable([v5, v6]).split('\n');
    expect(lines[0]).toMatch(/^ +maplibre-gl 5\.24\.1 +maplibre-gl 6\.17\.0 +6\.17\.0 ÷ 5\.24\.1$/);
    expect(lines[2]).toMatch(
      /^JavaScript requested, gzip -9 \(incl\. worker\) +200\.0 KB \(200\.0 KB–200\.0 KB\) +300\.0 KB .* ×1\.50$/,
    );
    // Idle pairs: 500/1000 and 1000/3000, median 0.4167.
    expect(lines.find((l) => l.startsWith('map idle'))).toMatch(
      /2000 ms \(1000 ms–3000 ms\) +750 ms \(500 ms–1000 ms\) +×0\.42$/,
    );
    expect(lines.some((l) => l.startsWith('Lighthouse'))).toBe(false);
  });
});
