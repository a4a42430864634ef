/**
 * Test helpers over the real project files: read the data as it is, or copy the project to a
 * temporary folder with one file changed and run a real script there.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

export const ROOT = resolve(import.meta.dirname, '../..');

export function readProjectFile(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** A throwaway copy of the project's sources and data (node_modules linked, not copied). */
export function copyProject(): { dir: string; write(path: string, text: string): void; cleanup(): void } {
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
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    write: (path, text) => writeFileSync(join(dir, path), text),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
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
