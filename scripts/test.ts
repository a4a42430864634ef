/**
 * npm test — everything CI checks, stopping at the first failing stage:
 * Chromium present (installed while the next stages run) → data provenance → (svelte-check, eslint, prettier, the build, the fixture
 * site's build: side by side) → (unit and integration tests, browser tests: side by side). Prints
 * each stage's time, a table of them at the end, and one plain line: "tests: N passed, N failed".
 * The browser tests stream their output; the unit and integration tests' output is printed whole
 * when they end, so that the two do not interleave their lines.
 *
 * `--quick` (npm run test:quick) is the loop a person waits for: check:data, svelte-check,
 * eslint and the unit tests, with no build and no browser.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
/** The fixture site's build stage, and the folder it built in (deleted at the end). */
const FIXTURE_SITE = 'fixture site build';
let fixtureSite: string | undefined;

interface Run {
  title: string;
  status: number | null;
  output: string;
}

/**
 * Runs one command; its output streams when it runs alone, and is kept and printed whole when
 * it runs beside others, so that stages side by side do not interleave their lines.
 */
function run(
  title: string,
  cmd: string,
  args: string[],
  alone: boolean,
  env: Record<string, string> = {},
): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: alone ? 'inherit' : 'pipe', env: { ...process.env, ...env } });
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

/** Stages side by side (the machine has two cores; each of these mostly uses one, so the ones that
 * end first leave a core to the others). */
async function together(stages: [string, string, string[]][]): Promise<Run[]> {
  console.log(`\n── ${stages.map(([t]) => t).join(', ')} (side by side)`);
  const runs = await Promise.all(stages.map(([title, cmd, args]) => run(title, cmd, args, stages.length === 1)));
  const bad = runs.filter((r) => r.status !== 0);
  if (bad.length) {
    for (const r of bad) console.error(`\ntest: "${r.title}" failed (exit ${r.status}).`);
    await finish(1);
  }
  return runs;
}

/** One vitest run of the given projects; its output streams when `alone`. Adds its counts; false when it failed. */
async function vitest(projects: string[], alone: boolean, env: Record<string, string> = {}): Promise<boolean> {
  const out = join(reports, `${projects.join('-')}.json`);
  const args = ['run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json'];
  if (alone) console.log(`\n── ${projects.join(' + ')} tests`);
  const r = await run(
    `${projects.join(' + ')} tests`,
    bin('vitest'),
    [...args, `--outputFile.json=${out}`],
    alone,
    env,
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
      console.error(`test: the ${projects.join(' + ')} project ran no test.`);
      return false;
    }
  } catch {
    failed += 1;
  }
  if (r.status !== 0) {
    console.error(`\ntest: ${projects.join(' + ')} tests failed.`);
    return false;
  }
  return true;
}

async function finish(code: number): Promise<never> {
  const width = Math.max(...times.map(([t]) => t.length), 5);
  console.log(
    `\nstage times:\n${times.map(([t, s]) => `  ${t.padEnd(width)}  ${s.toFixed(1).padStart(6)} s`).join('\n')}`,
  );
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  if (fixtureSite) rmSync(fixtureSite, { recursive: true, force: true });
  process.exit(code);
}

/** Chromium, installed while the checks and builds run (an empty string when it is there). */
const chromium: Promise<string> = values.quick
  ? Promise.resolve('')
  : ensureChromium().then(
      () => '',
      (e: Error) => e.message,
    );
await together([['check:data', bin('tsx'), ['scripts/check-data.ts']]]);
const svelteCheck: [string, string, string[]] = [
  'svelte-check',
  bin('svelte-check'),
  ['--tsconfig', './tsconfig.json', '--fail-on-warnings'],
];
const lint: [string, string, string[]] = ['eslint', bin('eslint'), ['.']];
if (values.quick) {
  await together([svelteCheck, lint]);
  if (!(await vitest(['unit'], true))) await finish(1);
} else {
  const runs = await together([
    svelteCheck,
    lint,
    ['prettier --check', bin('prettier'), ['--check', '.']],
    ['build', 'npm', ['run', 'build']],
    [FIXTURE_SITE, bin('tsx'), ['tests/browser/fixture-build.ts']],
  ]);
  // Its last line names the folder it built in (tests/browser/fixture-build.ts).
  fixtureSite = runs
    .find((r) => r.title === FIXTURE_SITE)
    ?.output.trim()
    .split('\n')
    .at(-1);
  const missing = await chromium;
  if (missing) {
    console.error(`test: ${missing}`);
    await finish(1);
  }
  // Side by side: the browser tests mostly wait on pages and maps, the unit tests mostly compute.
  const ok = await Promise.all([
    vitest(['unit', 'integration'], false),
    vitest(['browser'], true, fixtureSite ? { STORY_FIXTURE_SITE: fixtureSite } : {}),
  ]);
  if (ok.includes(false)) await finish(1);
}
await finish(failed ? 1 : 0);
