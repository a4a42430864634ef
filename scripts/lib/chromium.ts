/**
 * Debian's Chromium, the one browser every script and test drives: its path, and the launch
 * flags PLATFORM.md measured (WebGL2 through SwiftShader without warnings; none of Chromium's own
 * background traffic to other hosts). The build's pictures, the bench (playwright-core and
 * Lighthouse) and the browser tests all launch it from here.
 */
import { existsSync } from 'node:fs';
import type { Browser, LaunchOptions } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Every launch's flags; headless mode is the launcher's to set (playwright, or `--headless=new` for Lighthouse). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/**
 * Composite pages in software. This machine kind has no GPU, so by default SwiftShader emulates
 * one for the compositor as well as for WebGL, at about three times the CPU (the browser tests'
 * GPU process in map.test.ts: 34 s against 12 s). Software compositing is what Chromium does itself
 * where a GPU is blocklisted; WebGL2, and so MapLibre, still draws through SwiftShader. The build's
 * pictures and the browser tests use it; the bench keeps Chromium's defaults, so that its figures
 * stay comparable from run to run.
 */
export const SOFTWARE_COMPOSITING = '--disable-gpu-compositing';

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/** Headless Chromium through playwright-core, with CHROMIUM_ARGS and then `extraArgs`. */
export async function launch(extraArgs: string[] = [], opts: LaunchOptions = {}): Promise<Browser> {
  if (!hasChromium())
    throw new Error(`${CHROMIUM} is missing: run npm test (it installs Debian's chromium) or apt-get install chromium`);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs], ...opts });
}
