/**
 * The bench's measuring: builds the story (unless --no-build), serves dist/ on loopback with the
 * story's headers, loads it once uncounted, then `runs` page loads and tours, Lighthouse mobile and
 * desktop `runs` times each, and the scale runs. Returns the raw runs; metrics.ts summarises them.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { CHROMIUM, launch } from '../lib/chromium.ts';
import { loadContent, ROOT } from '../lib/load.ts';
import { serve } from '../lib/serve.ts';
import { assetSizes } from '../sizes.ts';
import { runLighthouse, type LighthouseResult, type Preset } from './lighthouse.ts';
import type { Measured } from './metrics.ts';
import type { BenchOptions } from './options.ts';
import { measurePage, type PageRun } from './page.ts';
import { scaleRun, type ScaleRun } from './scale.ts';

/** The scale factors: the real ledger's sources and claims ×1, ×10 and ×100. */
export const SCALES = [1, 10, 100];

export interface BenchRuns {
  measured: Measured;
  scaleRuns: ScaleRun[];
  chromiumVersion: string;
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
  const { story } = loadContent();
  const steps = story.steps.map((s) => ({ id: s.id, view: s.view }));
  const sizes = assetSizes(join(ROOT, 'dist'));

  let browser: Browser | undefined;
  const getBrowser = async () => (browser ??= await launch());
  const closeBrowser = async () => {
    await browser?.close();
    browser = undefined;
  };
  const { runs } = options;
  const pageRuns: PageRun[] = [];
  const lighthouseRuns: Record<Preset, LighthouseResult[]> = { mobile: [], desktop: [] };
  let chromiumVersion = '';
  const served = await serve(ROOT);
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
    if (options.lighthouse) {
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
  if (options.scale) {
    try {
      for (const factor of SCALES)
        scaleRuns.push(await scaleRun(factor, steps, getBrowser, options.lighthouse, options.runsPerScale, log));
    } finally {
      await closeBrowser();
    }
  }
  return { measured: { sizes, buildSeconds, pageRuns, lighthouseRuns }, scaleRuns, chromiumVersion };
}
