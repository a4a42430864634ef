/**
 * The house's layers, as a test: which folder of src/lib may import which. It reads every import
 * of every source file, `.svelte` files included (their script blocks are where components import
 * each other), and fails on one that runs against the layers, naming the file and the import.
 *
 * geo/ is the geometry both renderers use; scene/ resolves what to draw above the renderers;
 * data/ computes values and writes no words; story/ is the copy model, apart from the page at
 * run time (page/); map/ serves the story page and the embeds alike, so it reads no page.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { ROOT } from '../helpers/project.ts';

/** Folder of src/lib → the folders of src/lib it may not import, and why. */
const RULES: Record<string, { never: string[]; why: string }> = {
  geo: {
    never: ['scene', 'map', 'charts', 'components', 'page', 'islands', 'embed', 'i18n', 'story'],
    why: 'the geometry both renderers use imports no renderer, scene, words or page',
  },
  data: {
    never: ['i18n', 'geo', 'scene', 'map', 'charts', 'components', 'page', 'islands', 'embed', 'story'],
    why: 'data computes and returns values; the words that say them are written elsewhere',
  },
  story: {
    never: ['page', 'map', 'charts', 'components', 'islands', 'embed', 'scene', 'i18n'],
    why: 'the copy model stands apart from the page at run time',
  },
  scene: {
    never: ['map', 'charts', 'components', 'page', 'islands', 'embed'],
    why: 'scenes are resolved once, above the renderers, which only translate them',
  },
  map: {
    never: ['page', 'story', 'islands', 'embed', 'charts', 'components'],
    why: 'the map serves the story page and the embeds alike, so it reads neither',
  },
};

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)|import\s+['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every relative import of a source text, as paths from the project root. */
function importsOf(file: string, text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => {
    const spec = (m[1] ?? m[2] ?? m[3]).replace(/[?#].*$/, '');
    return normalize(join(dirname(file), spec));
  });
}

/** The src/lib folder a path is in ("map" of src/lib/map/gl/x.ts), or null outside src/lib. */
function layerOf(path: string): string | null {
  const parts = path.split('/');
  return parts[0] === 'src' && parts[1] === 'lib' && parts.length > 3 ? parts[2] : null;
}

/** The imports that run against RULES, as "file → import (why)". */
function violations(files: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    const from = layerOf(file);
    const rule = from ? RULES[from] : undefined;
    if (!rule || /\.test\.ts$/.test(file)) continue;
    for (const target of importsOf(file, text)) {
      const to = layerOf(target);
      if (to && rule.never.includes(to)) out.push(`${file} → ${target} (${rule.why})`);
    }
  }
  return out;
}

function sources(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(ts|svelte)$/.test(entry.name)) continue;
    const path = relative(ROOT, join(entry.parentPath, entry.name));
    out[path] = readFileSync(join(ROOT, path), 'utf8');
  }
  return out;
}

describe('the layers of src/lib', () => {
  const files = sources('src');

  it('reads the imports of .svelte files too', () => {
    const page = Object.keys(files).find((f) => f.endsWith('/PageMap.svelte'))!;
    expect(importsOf(page, files[page])).toContain('src/lib/map/StoryMap.svelte');
  });

  it('finds an import that runs against them', () => {
    const wrong = { 'src/lib/geo/x.ts': "import { y } from '../map/StoryMap.svelte';" };
    expect(violations(wrong)).toEqual([
      'src/lib/geo/x.ts → src/lib/map/StoryMap.svelte (the geometry both renderers use imports no renderer, scene, words or page)',
    ]);
  });

  it('has no import that runs against them', () => {
    expect(violations(files)).toEqual([]);
  });
});
