/**
 * The house's layers, as a test: which folder of src/lib may import which. It reads every import
 * of every source file, `.svelte` files included (their script blocks are where components import
 * each other), and fails on one that runs against the layers, naming the file and the import.
 *
 * geo/ is the geometry both renderers use; scene/ resolves what to draw above the renderers;
 * data/ computes values and writes no words; story/ is the copy model, apart from the page at
 * run time (page/); map/ serves the story page and the embeds alike, so it reads no page; the
 * MapLibre map (map/gl/) and the SVG map (map/svg/) each keep to their own room.
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
  'map/gl': {
    never: ['map/svg'],
    why: 'each renderer has its own room: what both use lives in geo/ or map/',
  },
  'map/svg': {
    never: ['map/gl'],
    why: 'each renderer has its own room: what both use lives in geo/ or map/',
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

/**
 * The folders of src/lib a path is in, widest first ("map" and "map/gl" of src/lib/map/gl/x.ts);
 * none outside src/lib or for a file directly in it.
 */
function layersOf(path: string): string[] {
  const parts = path.split('/');
  if (parts[0] !== 'src' || parts[1] !== 'lib') return [];
  const folders = parts.slice(2, -1);
  return folders.map((_, i) => folders.slice(0, i + 1).join('/'));
}

/** The imports that run against RULES, as "file → import (why)". */
function violations(files: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    if (/\.test\.ts$/.test(file)) continue;
    const rules = layersOf(file).flatMap((layer) => RULES[layer] ?? []);
    for (const target of importsOf(file, text)) {
      const to = layersOf(target);
      const broken = rules.find((rule) => rule.never.some((layer) => to.includes(layer)));
      if (broken) out.push(`${file} → ${target} (${broken.why})`);
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

  it('keeps each renderer in its own room, .svelte files included', () => {
    const wrong = {
      'src/lib/map/svg/X.svelte':
        '<script lang="ts">\n  import { useMap } from \'../gl/context.svelte.ts\';\n</script>',
      'src/lib/map/gl/y.ts': "import SvgMap from '../svg/SvgMap.svelte';",
    };
    expect(violations(wrong)).toEqual([
      'src/lib/map/svg/X.svelte → src/lib/map/gl/context.svelte.ts (each renderer has its own room: what both use lives in geo/ or map/)',
      'src/lib/map/gl/y.ts → src/lib/map/svg/SvgMap.svelte (each renderer has its own room: what both use lives in geo/ or map/)',
    ]);
  });

  it('keeps scene/ above the renderers and data/ apart from words', () => {
    const wrong = {
      'src/lib/scene/x.ts': "import { placeLabels } from '../map/gl/style.ts';",
      'src/lib/data/x.ts': "import type { I18n } from '../i18n/translator.ts';",
      'src/lib/geo/x.ts': "import type { Scene } from '../scene/types.ts';",
    };
    expect(violations(wrong).map((v) => v.split(' (')[0])).toEqual([
      'src/lib/scene/x.ts → src/lib/map/gl/style.ts',
      'src/lib/data/x.ts → src/lib/i18n/translator.ts',
      'src/lib/geo/x.ts → src/lib/scene/types.ts',
    ]);
  });

  it('lets the chooser use both renderers, and each renderer what they share', () => {
    const right = {
      'src/lib/map/X.svelte': "import GlMap from './gl/GlMap.svelte';\nimport SvgMap from './svg/SvgMap.svelte';",
      'src/lib/map/gl/X.svelte':
        "import BandTicks from '../BandTicks.svelte';\nimport { fitView } from '../../geo/projection.ts';",
      'src/lib/scene/x.ts': "import { arc } from '../geo/geometry.ts';",
    };
    expect(violations(right)).toEqual([]);
  });

  it('has no import that runs against them', () => {
    expect(violations(files)).toEqual([]);
  });
});
