/**
 * Test helpers over the real project files: read the data as it is, or copy the project to a
 * temporary folder with one file changed and run a real script there.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

export const ROOT = resolve(import.meta.dirname, '../..');

export function readProjectFile(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** Build caches inside node_modules, kept per copy so that a copy's build never touches the real one's. */
const OWN_CACHES = new Set(['.vite', '.vite-temp', '.ssr-build', '.cache']);

/**
 * A throwaway copy of the project's sources and data. node_modules is a folder of links to the
 * real packages, so the copy's build caches stay in the copy. With `content`, the copy's data/ and
 * seeds/ come from that folder instead (e.g. the test fixture, tests/fixtures/ledger).
 */
export function copyProject(content = ROOT): { dir: string; write(path: string, text: string): void; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'story-'));
  for (const item of [
    'data',
    'seeds',
    'src',
    'scripts',
    'public',
    'index.html',
    'embed.html',
    'vite.config.ts',
    'svelte.config.js',
    'package.json',
    'tsconfig.json',
  ]) {
    const from = item === 'data' || item === 'seeds' ? content : ROOT;
    cpSync(join(from, item), join(dir, item), { recursive: true });
  }
  // Content that brings no editions of its own (the fixture) is one edition, in English, with the
  // story's English words, as scripts/lib/load.ts reads such a project.
  if (!existsSync(join(dir, 'data/messages'))) {
    mkdirSync(join(dir, 'data/messages'));
    cpSync(join(ROOT, 'data/messages/en.json'), join(dir, 'data/messages/en.json'));
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const item of readdirSync(join(ROOT, 'node_modules'))) {
    if (!OWN_CACHES.has(item)) symlinkSync(join(ROOT, 'node_modules', item), join(dir, 'node_modules', item));
  }
  return {
    dir,
    write: (path, text) => writeFileSync(join(dir, path), text),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs one of the project's npm scripts inside `dir`. */
export function runNpm(dir: string, script: string): { status: number; output: string } {
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: dir, encoding: 'utf8', timeout: 400_000 });
  return { status: r.status ?? -1, output: `${r.stdout}\n${r.stderr}` };
}

/** Runs one of the project's scripts with tsx inside `dir`. */
export function runScript(dir: string, script: string): { status: number; output: string } {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(dir, script)], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: r.status ?? -1, output: `${r.stdout}\n${r.stderr}` };
}
