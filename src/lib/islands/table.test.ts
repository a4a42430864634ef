/** The island table against the code: every `<Island name>` is in it, and start.ts loads its module. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { ROOT } from '../../../tests/helpers/project.ts';
import { CHUNK_NAMES, ISLANDS } from './table.ts';

function svelteFiles(): string[] {
  return readdirSync(join(ROOT, 'src'), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.svelte'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

describe('the island table', () => {
  it('names every island the pages render', () => {
    const used = svelteFiles().flatMap((f) =>
      [...readFileSync(join(ROOT, f), 'utf8').matchAll(/<Island\b[^>]*?\bname="([^"]+)"/g)].map((m) => [f, m[1]]),
    );
    expect(used.length).toBeGreaterThanOrEqual(Object.keys(ISLANDS).length);
    for (const [file, name] of used) expect(Object.keys(ISLANDS), `${file}: <Island name="${name}">`).toContain(name);
  });

  it('is what start.ts loads, name by name, and every module exists', () => {
    const start = readFileSync(join(ROOT, 'src/start.ts'), 'utf8');
    for (const [name, island] of Object.entries(ISLANDS)) {
      expect(existsSync(join(ROOT, island.module)), island.module).toBe(true);
      const loader = new RegExp(`['"]?${name}['"]?: \\(\\) => import\\('([^']+)'\\)`).exec(start);
      expect(loader, `start.ts loads "${name}"`).not.toBeNull();
      expect(normalize(join(dirname('src/start.ts'), loader![1]))).toBe(island.module);
    }
  });

  it('gives every island its own chunk', () => {
    const chunks = Object.values(CHUNK_NAMES);
    expect(new Set(chunks).size).toBe(chunks.length);
  });
});
