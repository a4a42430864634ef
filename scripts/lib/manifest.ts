/**
 * Vite's build manifest (dist/.vite/manifest.json), read once by scripts/build.ts: the stylesheets
 * an entry gathers, its own and those of every chunk it imports, in import order, each once.
 */
import { readFileSync } from 'node:fs';

export interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
}

export type Manifest = Record<string, ManifestChunk>;

export function readManifest(path: string): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** Every stylesheet `entry` needs (dependencies first), as paths under dist/. */
export function stylesheetsOf(manifest: Manifest, entry: string): string[] {
  if (!manifest[entry]) throw new Error(`the build manifest has no entry ${entry}`);
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest names ${key}, which it does not hold`);
    for (const dep of chunk.imports ?? []) visit(dep);
    for (const css of chunk.css ?? []) if (!out.includes(css)) out.push(css);
  };
  visit(entry);
  return out;
}
