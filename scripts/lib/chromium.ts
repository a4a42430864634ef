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
