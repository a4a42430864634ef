/**
 * Makes sure Debian's Chromium is at CHROMIUM (scripts/lib/chromium.ts) for the browser tests.
 * Test tools cannot download browsers on this network, so it installs the distribution package
 * when run as root, and otherwise says exactly what to run.
 */
import { spawnSync } from 'node:child_process';
import { CHROMIUM, hasChromium } from './lib/chromium.ts';

export function ensureChromium(): void {
  if (hasChromium()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `${CHROMIUM} is missing. The browser tests need Debian's Chromium; install it with:\n` +
        '  sudo apt-get update && sudo apt-get install -y chromium',
    );
  }
  console.log(`test: ${CHROMIUM} is missing; installing Debian's chromium package (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status})`);
  }
  if (!hasChromium()) throw new Error(`apt-get installed chromium but ${CHROMIUM} is still missing`);
}
