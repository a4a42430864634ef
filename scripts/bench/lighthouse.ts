/**
 * One Lighthouse performance run (the lighthouse npm package, programmatically) against a URL,
 * in Debian's Chromium started by chrome-launcher with the flags PLATFORM.md measured. Mobile is
 * Lighthouse's default preset (simulated slow 4G, 4× CPU slowdown); desktop its desktop preset.
 */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch as launchChrome } from 'chrome-launcher';
import { CHROMIUM, CHROMIUM_ARGS } from '../lib/chromium.ts';

export type Preset = 'mobile' | 'desktop';

export interface LighthouseResult {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Set when Lighthouse reported a problem with the run. */
  error?: string;
}

/** A mobile screen other than the preset's (412×823 at 1.75 device pixels per CSS pixel). */
export interface Screen {
  width: number;
  height: number;
  deviceScaleFactor: number;
}

export async function runLighthouse(url: string, preset: Preset, screen?: Screen): Promise<LighthouseResult> {
  const chrome = await launchChrome({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      preset === 'desktop'
        ? desktopConfig
        : screen && {
            extends: 'lighthouse:default',
            settings: { formFactor: 'mobile', screenEmulation: { mobile: true, disabled: false, ...screen } },
          },
    );
    if (!result) throw new Error('lighthouse returned no result');
    const { lhr } = result;
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: lhr.categories.performance?.score ?? NaN,
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      error: lhr.runtimeError?.message,
    };
  } finally {
    chrome.kill();
  }
}
