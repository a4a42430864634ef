/**
 * npm test — everything CI checks, in order, stopping at the first failure:
 * Chromium present → data provenance → svelte-check → eslint → prettier → unit tests → build →
 * browser tests. Ends with one plain line: "tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.ts';
import { ROOT } from './lib/load.ts';

const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
const reports = mkdtempSync(join(tmpdir(), 'story-test-'));
let passed = 0;
let failed = 0;

function step(title: string, cmd: string, args: string[]): void {
  console.log(`\n── ${title}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`\ntest: "${title}" failed (exit ${r.status ?? r.signal}).`);
    finish(1);
  }
}

function vitest(project: string): void {
  const out = join(reports, `${project}.json`);
  const r = spawnSync(
    bin('vitest'),
    ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: process.env,
    },
  );
  try {
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numTotalTests: number;
    };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numTotalTests === 0) {
      console.error(`test: the ${project} project ran no test.`);
      finish(1);
    }
  } catch {
    failed += 1;
  }
  if (r.status !== 0) {
    console.error(`\ntest: ${project} tests failed.`);
    finish(1);
  }
}

function finish(code: number): never {
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(code);
}

try {
  ensureChromium();
} catch (e) {
  console.error(`test: ${(e as Error).message}`);
  finish(1);
}
step('check:data', bin('tsx'), ['scripts/check-data.ts']);
step('svelte-check', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings']);
step('eslint', bin('eslint'), ['.']);
step('prettier --check', bin('prettier'), ['--check', '.']);
vitest('unit');
step('build', 'npm', ['run', 'build']);
vitest('browser');
finish(failed ? 1 : 0);
