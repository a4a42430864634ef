/**
 * npm test — everything CI checks, stopping at the first failing stage:
 * Chromium present → data provenance → (svelte-check, eslint + prettier, build: side by side) →
 * unit and integration tests → browser tests. Prints each stage's time, a table of them at the
 * end, and one plain line: "tests: N passed, N failed".
 *
 * `--quick` (npm run test:quick) is the loop a person waits for: check:data, svelte-check,
 * eslint and the unit tests, with no build and no browser.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureChromium } from './ensure-chromium.ts';
import { ROOT } from './lib/load.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
const reports = mkdtempSync(join(tmpdir(), 'story-test-'));
const times: [string, number][] = [];
let passed = 0;
let failed = 0;

interface Run {
  title: string;
  status: number | null;
  output: string;
}

/**
 * Runs one command; its output streams when it runs alone, and is kept and printed whole when
 * it runs beside others, so that stages side by side do not interleave their lines.
 */
function run(title: string, cmd: string, args: string[], alone: boolean): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: alone ? 'inherit' : 'pipe', env: process.env });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      times.push([title, seconds]);
      console.log(
        `${alone ? '' : output}── ${title}: ${status === 0 ? 'done' : `failed (exit ${status})`} in ${seconds.toFixed(1)} s`,
      );
      resolve({ title, status, output });
    });
  });
}

/** Stages side by side (the machine has two cores; each of these mostly uses one). */
async function together(stages: [string, string, string[]][]): Promise<void> {
  console.log(`\n── ${stages.map(([t]) => t).join(', ')} (side by side)`);
  const runs = await Promise.all(stages.map(([title, cmd, args]) => run(title, cmd, args, stages.length === 1)));
  const bad = runs.filter((r) => r.status !== 0);
  if (bad.length) {
    for (const r of bad) console.error(`\ntest: "${r.title}" failed (exit ${r.status}).`);
    await finish(1);
  }
}

async function vitest(projects: string[]): Promise<void> {
  const out = join(reports, `${projects.join('-')}.json`);
  const args = ['run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json'];
  console.log(`\n── ${projects.join(' + ')} tests`);
  const r = await run(`${projects.join(' + ')} tests`, bin('vitest'), [...args, `--outputFile.json=${out}`], true);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numTotalTests: number;
    };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numTotalTests === 0) {
      console.error(`test: the ${projects.join(' + ')} project ran no test.`);
      await finish(1);
    }
  } catch {
    failed += 1;
  }
  if (r.status !== 0) {
    console.error(`\ntest: ${projects.join(' + ')} tests failed.`);
    await finish(1);
  }
}

async function finish(code: number): Promise<never> {
  const width = Math.max(...times.map(([t]) => t.length), 5);
  console.log(
    `\nstage times:\n${times.map(([t, s]) => `  ${t.padEnd(width)}  ${s.toFixed(1).padStart(6)} s`).join('\n')}`,
  );
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(code);
}

if (!values.quick) {
  try {
    ensureChromium();
  } catch (e) {
    console.error(`test: ${(e as Error).message}`);
    await finish(1);
  }
}
await together([['check:data', bin('tsx'), ['scripts/check-data.ts']]]);
const svelteCheck: [string, string, string[]] = [
  'svelte-check',
  bin('svelte-check'),
  ['--tsconfig', './tsconfig.json', '--fail-on-warnings'],
];
const lint: [string, string, string[]] = ['eslint', bin('eslint'), ['.']];
if (values.quick) {
  await together([svelteCheck, lint]);
  await vitest(['unit']);
} else {
  await together([
    svelteCheck,
    ['eslint + prettier --check', 'sh', ['-c', `"${bin('eslint')}" . && "${bin('prettier')}" --check .`]],
    ['build', 'npm', ['run', 'build']],
  ]);
  await vitest(['unit', 'integration']);
  await vitest(['browser']);
}
await finish(failed ? 1 : 0);
