/**
 * Makes sure Debian's Chromium is at CHROMIUM (scripts/lib/chromium.ts) for the browser tests.
 * Test tools cannot download browsers on this network, so it installs the distribution package
 * when run as root, and otherwise says exactly what to run. Asynchronous, so that `npm test` runs
 * the static checks and the build while apt-get works, and waits for it only before the browser
 * tests.
 */
import { spawn } from 'node:child_process';
import { CHROMIUM, hasChromium } from './lib/chromium.ts';

function aptGet(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    child.on('error', reject);
    child.on('close', (status) =>
      status === 0 ? resolve() : reject(new Error(`apt-get ${args.join(' ')} failed (exit ${status})`)),
    );
  });
}

export async function ensureChromium(): Promise<void> {
  if (hasChromium()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `${CHROMIUM} is missing. The browser tests need Debian's Chromium; install it with:\n` +
        '  sudo apt-get update && sudo apt-get install -y chromium',
    );
  }
  console.log(`test: ${CHROMIUM} is missing; installing Debian's chromium package (apt-get)…`);
  await aptGet(['update', '-qq']);
  await aptGet(['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  if (!hasChromium()) throw new Error(`apt-get installed chromium but ${CHROMIUM} is still missing`);
}
