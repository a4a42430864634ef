/**
 * The bench's measuring: builds the story (unless --no-build) and the bare map page (bare.ts, in
 * the temp folder), serves each with serve.ts (Vite's preview server: the story's CSP, gzip for
 * text, JavaScript and JSON), loads each once uncounted, then `runs` page loads and tours and
 * Lighthouse mobile and desktop `runs` times each, every story run followed by the same run on
 * the bare map, then the scale runs. Returns the raw runs; metrics.ts summarises them.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { CHROMIUM, launch } from '../lib/chromium.ts';
import { loadContent, ROOT } from '../lib/load.ts';
import { serve, type Served } from '../lib/serve.ts';
import { assetSizes } from '../sizes.ts';
import { buildBarePage } from './bare.ts';
import { runLighthouse } from './lighthouse.ts';
import type { Measured } from './metrics.ts';
import type { BenchOptions } from './options.ts';
import { measurePage, type PageRunOptions } from './page.ts';
import { SCALES, scaleRun, type ScaleRun } from './scale.ts';

const blank = (): Omit<Measured, 'sizes' | 'buildSeconds'> => ({
  pageRuns: [],
  lighthouseRuns: { mobile: [], desktop: [] },
});

export interface BenchRuns {
  measured: Measured;
  scaleRuns: ScaleRun[];
  chromiumVersion: string;
  /** The maplibre-gl version the bare map page was built with (the project's own). */
  bareEngine: string;
}

export async function measure(options: BenchOptions, log: (line: string) => void): Promise<BenchRuns> {
  process.env.CHROME_PATH ??= CHROMIUM;
  let buildSeconds = NaN;
  if (options.build) {
    log('npm run build');
    const t = performance.now();
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) {
      console.error(r.stdout, r.stderr);
      throw new Error('npm run build failed');
    }
    buildSeconds = (performance.now() - t) / 1000;
  }
  const { story, ledger } = loadContent();
  const steps = story.steps.map((s) => ({ id: s.id, view: s.view }));
  const sizes = assetSizes(join(ROOT, 'dist'));
  log('building the bare map page');
  const bareStarted = performance.now();
  const barePage = await buildBarePage({ views: ledger.views, start: steps[0].view });
  const storyPage: Measured = { sizes, buildSeconds, ...blank() };
  const bare: Measured = {
    sizes: assetSizes(join(barePage.dir, 'dist')),
    buildSeconds: (performance.now() - bareStarted) / 1000,
    ...blank(),
  };

  let browser: Browser | undefined;
  const getBrowser = async () => (browser ??= await launch());
  const closeBrowser = async () => {
    await browser?.close();
    browser = undefined;
  };
  const { runs } = options;
  let chromiumVersion = '';
  const served: Served[] = [];
  try {
    served.push(await serve(ROOT), await serve(barePage.dir));
    const [storyUrl, bareUrl] = served.map((s) => s.url);
    const pages: [string, Measured, PageRunOptions][] = [
      ['story', storyPage, { url: storyUrl, steps }],
      ['bare map', bare, { url: bareUrl, steps, tour: 'camera' }],
    ];
    // One load of each first, not counted: Chromium's first page pays for its own start-up (caches, JIT).
    log('warm-up loads (not counted)');
    for (const [, , opts] of pages) await measurePage(await getBrowser(), { ...opts, steps: [] });
    for (let i = 1; i <= runs; i++) {
      for (const [name, m, opts] of pages) {
        log(`${name}: page load and tour ${i}/${runs}`);
        const b = await getBrowser();
        chromiumVersion = b.version();
        m.pageRuns.push(await measurePage(b, opts));
      }
    }
    await closeBrowser();
    if (options.lighthouse) {
      for (let i = 1; i <= runs; i++) {
        for (const preset of ['mobile', 'desktop'] as const) {
          for (const [name, m, { url }] of pages) {
            log(`${name}: Lighthouse ${preset} ${i}/${runs}`);
            m.lighthouseRuns[preset].push(await runLighthouse(url, preset));
          }
        }
      }
    }
  } finally {
    await closeBrowser();
    for (const s of served) await s.close();
    barePage.cleanup();
  }

  const scaleRuns: ScaleRun[] = [];
  if (options.scale) {
    try {
      for (const factor of SCALES)
        scaleRuns.push(await scaleRun(factor, steps, getBrowser, options.lighthouse, options.runsPerScale, log));
    } finally {
      await closeBrowser();
    }
  }
  return {
    measured: { ...storyPage, bare, scaleRuns },
    scaleRuns,
    chromiumVersion,
    bareEngine: barePage.version,
  };
}
