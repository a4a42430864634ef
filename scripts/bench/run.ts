/**
 * npm run bench — builds the story, serves dist/ with Vite's preview server on 127.0.0.1 and
 * measures it in headless Chromium: bytes per asset (gzip -9), time to first text paint and to
 * map idle, long tasks and frame times while wheel-scrolling through every step, the JS heap after
 * the tour (median of 5 runs, after one uncounted warm-up load), Lighthouse mobile and desktop
 * (median of 5 runs each), and build time, bytes, Lighthouse desktop TBT, load blocking and frame
 * times at ×1, ×10 and ×100 synthetic sources and claims (median of 3 runs each). Writes
 * bench/report.json, prints a table and says, for each metric with a budget in
 * bench/budgets.json, whether its median is within or over. Budgets are reported, never
 * asserted: timings are not tests. About 6–8 minutes on the 2-core reference machine.
 *
 * Options:
 *   --quick           1 run each, no Lighthouse, no scale runs (add --scale to include them)
 *   --runs N          runs per measurement (default 5)
 *   --no-lighthouse   skip Lighthouse
 *   --no-scale        skip the scale runs; --scale forces them
 *   --no-build        measure the dist/ already built
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem, platform, release } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { CHROMIUM, launch } from '../lib/chromium.ts';
import { loadContent, ROOT } from '../lib/load.ts';
import { assetSizes } from '../sizes.ts';
import { firstPaintGzipOf, gzipOf } from './bytes.ts';
import { runLighthouse, type LighthouseResult, type Preset } from './lighthouse.ts';
import { measurePage, type PageRun } from './page.ts';
import { scaleRun, type ScaleRun } from './scale.ts';
import { serve } from '../lib/serve.ts';
import { format, formatBudget, summarise, table, verdict, type Budget, type Summary, type Unit } from './stats.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const quick = flag('--quick');
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : quick ? 1 : 5;
const KNOWN = ['--quick', '--runs', '--no-lighthouse', '--scale', '--no-scale', '--no-build'];
const unknown = args.filter((a, i) => !KNOWN.includes(a) && args[i - 1] !== '--runs');
if (!Number.isInteger(runs) || runs < 1 || unknown.length) {
  console.error('usage: npm run bench -- [--quick] [--runs N] [--no-lighthouse] [--scale | --no-scale] [--no-build]');
  process.exit(2);
}
const withLighthouse = !quick && !flag('--no-lighthouse');
const withScale = flag('--scale') || (!quick && !flag('--no-scale'));
const SCALES = [1, 10, 100];
/** Runs per scale factor: fewer than the main runs, to keep the bench near 10 minutes. */
const runsPerScale = quick ? 1 : Math.min(runs, 3);
const BUDGETS_FILE = join(ROOT, 'bench/budgets.json');
const REPORT_FILE = join(ROOT, 'bench/report.json');

const started = performance.now();
const log = (line: string) =>
  console.error(`bench [${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

interface Metric extends Summary {
  key: string;
  label: string;
  unit: Unit;
  budget?: Budget;
  verdict: string;
}

function loadBudgets(): Record<string, Budget> {
  const file = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as { budgets: Record<string, Budget> };
  return file.budgets;
}

async function main() {
  process.env.CHROME_PATH ??= CHROMIUM;
  const budgets = loadBudgets();
  let buildSeconds = NaN;
  if (!flag('--no-build')) {
    log('npm run build');
    const t = performance.now();
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) {
      console.error(r.stdout, r.stderr);
      throw new Error('npm run build failed');
    }
    buildSeconds = (performance.now() - t) / 1000;
  }
  const { story } = loadContent();
  const steps = story.steps.map((s) => ({ id: s.id, view: s.view }));
  const sizes = assetSizes(join(ROOT, 'dist'));

  let browser: Browser | undefined;
  const getBrowser = async () => (browser ??= await launch());
  const closeBrowser = async () => {
    await browser?.close();
    browser = undefined;
  };
  const served = await serve(ROOT);
  const pageRuns: PageRun[] = [];
  const lighthouseRuns: Record<Preset, LighthouseResult[]> = { mobile: [], desktop: [] };
  let chromiumVersion = '';
  try {
    // One load first, not counted: Chromium's first page pays for its own start-up (caches, JIT).
    log('warm-up load (not counted)');
    await measurePage(await getBrowser(), { url: served.url, steps: [] });
    for (let i = 1; i <= runs; i++) {
      log(`page load and tour ${i}/${runs}`);
      const b = await getBrowser();
      chromiumVersion = b.version();
      pageRuns.push(await measurePage(b, { url: served.url, steps }));
    }
    await closeBrowser();
    if (withLighthouse) {
      for (let i = 1; i <= runs; i++) {
        for (const preset of ['mobile', 'desktop'] as const) {
          log(`Lighthouse ${preset} ${i}/${runs}`);
          lighthouseRuns[preset].push(await runLighthouse(served.url, preset));
        }
      }
    }
  } finally {
    await closeBrowser();
    await served.close();
  }

  const scaleRuns: ScaleRun[] = [];
  if (withScale) {
    try {
      for (const factor of SCALES)
        scaleRuns.push(await scaleRun(factor, steps, getBrowser, withLighthouse, runsPerScale, log));
    } finally {
      await closeBrowser();
    }
  }
  await closeBrowser();

  // ── The metrics, each summarised over its runs and checked against its budget.
  const metrics: Metric[] = [];
  const add = (key: string, label: string, unit: Unit, values: number[]) => {
    const s = summarise(values);
    metrics.push({ key, label, unit, ...s, budget: budgets[key], verdict: verdict(s.median, budgets[key]) });
  };
  const requested = [...new Set(pageRuns.flatMap((r) => r.requested))];
  add('bytes.page_gzip', 'bytes the page loads (gzip -9)', 'B', [gzipOf(sizes, requested)]);
  add('bytes.first_paint_gzip', '  of which HTML + entry JS/CSS', 'B', [firstPaintGzipOf(sizes, requested)]);
  add('bytes.map_gzip', '  of which map (lib, worker, basemap, fonts)', 'B', [
    gzipOf(
      sizes.filter((s) => s.group === 'map'),
      requested,
    ),
  ]);
  add('bytes.total_gzip', 'all of dist/ (gzip -9)', 'B', [sizes.reduce((n, s) => n + s.gzip, 0)]);
  add(
    'bytes.transfer',
    'bytes over the wire per load (preview)',
    'B',
    pageRuns.map((r) => r.transferBytes),
  );
  add('build.seconds', 'npm run build', 's', [buildSeconds]);
  add(
    'load.fcp',
    'first text paint (FCP)',
    'ms',
    pageRuns.map((r) => r.fcp),
  );
  add(
    'load.h1_paint',
    'headline paint (LCP entry of the h1)',
    'ms',
    pageRuns.map((r) => r.h1Paint),
  );
  add(
    'load.map_idle',
    'map idle',
    'ms',
    pageRuns.map((r) => r.mapIdle),
  );
  add(
    'load.blocking',
    'long tasks FCP → map idle, beyond 50 ms',
    'ms',
    pageRuns.map((r) => r.loadBlocking),
  );
  add(
    'tour.frame_median',
    'scroll tour: frame time, median',
    'ms',
    pageRuns.map((r) => r.frameMedian),
  );
  add(
    'tour.frame_p95',
    'scroll tour: frame time, 95th pct',
    'ms',
    pageRuns.map((r) => r.frameP95),
  );
  add(
    'tour.frame_max',
    'scroll tour: longest frame',
    'ms',
    pageRuns.map((r) => r.frameMax),
  );
  add(
    'tour.long_tasks',
    'scroll tour: long tasks',
    'count',
    pageRuns.map((r) => r.tourLongTasks),
  );
  add(
    'tour.blocking',
    'scroll tour: long tasks beyond 50 ms',
    'ms',
    pageRuns.map((r) => r.tourBlocking),
  );
  add(
    'heap.after_tour',
    'JS heap after the tour (after GC)',
    'MB',
    pageRuns.map((r) => r.heapMB),
  );
  for (const preset of ['mobile', 'desktop'] as const) {
    const lh = lighthouseRuns[preset];
    if (!lh.length) continue;
    add(
      `lighthouse.${preset}.score`,
      `Lighthouse ${preset}: score`,
      'score',
      lh.map((r) => r.score),
    );
    add(
      `lighthouse.${preset}.fcp`,
      `Lighthouse ${preset}: FCP`,
      'ms',
      lh.map((r) => r.fcp),
    );
    add(
      `lighthouse.${preset}.lcp`,
      `Lighthouse ${preset}: LCP`,
      'ms',
      lh.map((r) => r.lcp),
    );
    add(
      `lighthouse.${preset}.tbt`,
      `Lighthouse ${preset}: TBT`,
      'ms',
      lh.map((r) => r.tbt),
    );
    add(
      `lighthouse.${preset}.cls`,
      `Lighthouse ${preset}: CLS`,
      'ratio',
      lh.map((r) => r.cls),
    );
  }

  const lighthouseVersion = (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    lighthouse: lighthouseVersion,
    gl: 'SwiftShader (software WebGL2): absolute frame times mean little; compare ratios',
  };
  const durationSeconds = (performance.now() - started) / 1000;
  const report = {
    $comment: 'Generated by scripts/bench/run.ts (npm run bench); not committed.',
    generatedAt: new Date().toISOString(),
    machine,
    options: { runs, runsPerScale, quick, lighthouse: withLighthouse, scale: withScale },
    durationSeconds,
    metrics: Object.fromEntries(metrics.map(({ key, ...m }) => [key, m])),
    assets: sizes,
    pageRuns: pageRuns.map(({ requested: _requested, ...r }) => r),
    pageErrors: pageRuns.flatMap((r) => r.pageErrors),
    lighthouseRuns,
    scale: scaleRuns,
  };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(REPORT_FILE, JSON.stringify(report, null, 2) + '\n');

  // ── The table.
  const out: string[] = [];
  out.push(
    `machine: ${machine.cpu} × ${machine.cores}, ${machine.memoryGB} GB, ${machine.os}, node ${machine.node}, ` +
      `Chromium ${machine.chromium}, Lighthouse ${machine.lighthouse}; WebGL: SwiftShader`,
  );
  out.push(
    `runs: ${runs} page load + tour (1280×900)${withLighthouse ? `, ${runs} Lighthouse mobile + ${runs} desktop` : ''}; median, min, max`,
  );
  out.push('');
  out.push(
    table([
      ['metric', 'median', 'min', 'max', 'budget', 'status'],
      ...metrics.map((m) => [
        m.label,
        format(m.median, m.unit),
        m.runs.length > 1 ? format(m.min, m.unit) : '',
        m.runs.length > 1 ? format(m.max, m.unit) : '',
        formatBudget(m.budget, m.unit),
        m.verdict === 'no budget' ? '' : m.verdict,
      ]),
    ]),
  );
  if (scaleRuns.length) {
    const base = scaleRuns.find((s) => s.factor === 1);
    const rel = (v: number, b: number | undefined) =>
      b && Number.isFinite(v) && Number.isFinite(b) && b > 0 ? ` (×${(v / b).toFixed(1)})` : '';
    out.push('');
    out.push(
      `scale: synthetic sources and claims ×N (median of ${runsPerScale} run${runsPerScale > 1 ? 's' : ''} each; growth against ×1 in brackets)`,
    );
    out.push(
      table([
        [
          'scale',
          'sources',
          'claims',
          'build',
          'page gzip',
          'first paint gzip',
          'LH desktop TBT',
          'load blocking',
          'frame median',
          'frame p95',
          'heap',
          ...(scaleRuns.some((s) => s.error) ? ['error'] : []),
        ],
        ...scaleRuns.map((s) => [
          `×${s.factor}`,
          String(s.sources),
          String(s.claims),
          format(s.buildSeconds, 's') + rel(s.buildSeconds, base?.buildSeconds),
          format(s.pageGzip, 'B') + rel(s.pageGzip, base?.pageGzip),
          format(s.firstPaintGzip, 'B') + rel(s.firstPaintGzip, base?.firstPaintGzip),
          format(s.lighthouseTbt, 'ms') + rel(s.lighthouseTbt, base?.lighthouseTbt),
          format(s.loadBlocking, 'ms') + rel(s.loadBlocking, base?.loadBlocking),
          format(s.frameMedian, 'ms') + rel(s.frameMedian, base?.frameMedian),
          format(s.frameP95, 'ms') + rel(s.frameP95, base?.frameP95),
          format(s.heapMB, 'MB') + rel(s.heapMB, base?.heapMB),
          ...(scaleRuns.some((r) => r.error) ? [s.error?.split('\n')[0] ?? ''] : []),
        ]),
      ]),
    );
  }
  const over = metrics.filter((m) => m.verdict === 'over');
  out.push('');
  out.push(
    `budgets (${relative(ROOT, BUDGETS_FILE)}): ${metrics.filter((m) => m.verdict === 'within').length} within, ${over.length} over` +
      (over.length ? `: ${over.map((m) => m.key).join(', ')}` : ''),
  );
  if (report.pageErrors.length) out.push(`page errors during the runs: ${report.pageErrors.length} (see the report)`);
  out.push(`report: ${relative(ROOT, REPORT_FILE)}; bench took ${(durationSeconds / 60).toFixed(1)} min`);
  console.log(out.join('\n'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
