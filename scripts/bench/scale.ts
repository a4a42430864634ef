/**
 * The bench's scale runs: for each factor, a throwaway copy of the project with the ledger's
 * sources and claims multiplied (scripts/lib/scale.ts), built once and served from that copy,
 * measured `runs` times (a page load and tour, and with Lighthouse a mobile run for TBT; medians),
 * then deleted. metrics.ts compares ×10 and ×100 with ×1 as ratio metrics (budgets on ×10 ÷ ×1).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { assetSizes } from '../sizes.ts';
import { writeScaledProject } from '../lib/scale.ts';
import { measurePage, type PageRun } from './page.ts';
import { median } from './stats.ts';
import { runLighthouse } from './lighthouse.ts';
import { serve } from '../lib/serve.ts';
import { firstPaintJsOf, gzipOf } from './bytes.ts';

/** The scale factors: the real ledger's sources and claims ×1, ×10 and ×100. */
export const SCALES = [1, 10, 100] as const;

export interface ScaleRun {
  factor: number;
  sources: number;
  claims: number;
  buildSeconds: number;
  /** gzip -9 of what the page requested (HTML, JS, CSS, basemap, fonts). */
  pageGzip: number;
  /** gzip -9 of the JavaScript requested on load, no scroll or input (median over the runs). */
  firstPaintJsGzip: number;
  totalGzip: number;
  /** Lighthouse mobile TBT. */
  lighthouseTbt: number;
  loadBlocking: number;
  mapIdle: number;
  frameMedian: number;
  frameP95: number;
  tourBlocking: number;
  heapMB: number;
  error?: string;
}

export async function scaleRun(
  factor: number,
  steps: { id: string; view: string }[],
  browser: () => Promise<Browser>,
  lighthouse: boolean,
  runs: number,
  log: (line: string) => void,
): Promise<ScaleRun> {
  const project = writeScaledProject(factor);
  const blank = {
    factor,
    sources: project.sources,
    claims: project.claims,
    buildSeconds: NaN,
    pageGzip: NaN,
    firstPaintJsGzip: NaN,
    totalGzip: NaN,
    lighthouseTbt: NaN,
    loadBlocking: NaN,
    mapIdle: NaN,
    frameMedian: NaN,
    frameP95: NaN,
    tourBlocking: NaN,
    heapMB: NaN,
  };
  try {
    log(`scale ×${factor}: ${project.sources} sources, ${project.claims} claims; building in ${project.dir}`);
    const started = performance.now();
    const build = spawnSync('npm', ['run', 'build'], { cwd: project.dir, encoding: 'utf8', timeout: 600_000 });
    const buildSeconds = (performance.now() - started) / 1000;
    if (build.status !== 0) return { ...blank, error: `build failed:\n${build.stdout}\n${build.stderr}`.slice(-2000) };
    const sizes = assetSizes(join(project.dir, 'dist'));
    const served = await serve(project.dir);
    try {
      const pages: PageRun[] = [];
      const tbt: number[] = [];
      for (let i = 1; i <= runs; i++) {
        log(`scale ×${factor}: built in ${buildSeconds.toFixed(1)} s; page load and tour ${i}/${runs}`);
        pages.push(await measurePage(await browser(), { url: served.url, steps, timeout: 120_000 }));
        if (lighthouse) {
          log(`scale ×${factor}: Lighthouse mobile ${i}/${runs}`);
          tbt.push((await runLighthouse(served.url, 'mobile')).tbt);
        }
      }
      const mid = (pick: (r: PageRun) => number) => median(pages.map(pick).filter(Number.isFinite));
      const requested = [...new Set(pages.flatMap((r) => r.requests.map((q) => q.path)))];
      const errors = pages.flatMap((r) => r.pageErrors);
      return {
        ...blank,
        buildSeconds,
        pageGzip: gzipOf(sizes, requested),
        firstPaintJsGzip: median(pages.map((r) => firstPaintJsOf(sizes, r.requests))),
        totalGzip: sizes.reduce((n, s) => n + s.gzip, 0),
        lighthouseTbt: tbt.length ? median(tbt) : NaN,
        loadBlocking: mid((r) => r.loadBlocking),
        mapIdle: mid((r) => r.mapIdle),
        frameMedian: mid((r) => r.frameMedian),
        frameP95: mid((r) => r.frameP95),
        tourBlocking: mid((r) => r.tourBlocking),
        heapMB: mid((r) => r.heapMB),
        error: errors.length ? `page errors: ${errors.join('; ')}` : undefined,
      };
    } finally {
      await served.close();
    }
  } finally {
    project.cleanup();
  }
}
