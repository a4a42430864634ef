/**
 * npm run size — bytes per built asset, raw and gzip -9, grouped by when the reader downloads it:
 * the first paint (HTML, entry JS and CSS), the map (loaded after the text paints), data files;
 * then every page's own bytes, each embed page beside the story page's (lib/page-bytes.ts).
 * Prints tables; with --json prints the assets as JSON (the bench reuses it). The groups are read
 * from file names, a quick guide only: the bench's first-paint figures come from the requests
 * Chromium makes (scripts/bench/bytes.ts), never from these groups.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './lib/load.ts';
import { pageBytes } from './lib/page-bytes.ts';

export const GROUPS = ['first paint', 'map', 'embeds', 'pictures', 'data'] as const;

export interface AssetSize {
  file: string;
  group: (typeof GROUPS)[number];
  bytes: number;
  gzip: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * What each file is for: the story page's first paint (HTML, entry JS and CSS), the map (loaded
 * after the text paints), the embed pages, the static pictures, and data (the ledger, the seeds,
 * pym.js for producers). A reader of the story downloads the first two groups.
 */
function groupOf(file: string): AssetSize['group'] {
  if (/^(claims\.(json|csv)|seeds\/|vendor\/)/.test(file)) return 'data';
  // The map's engine, worker, label fonts (fonts/map/) and basemap: loaded when the reader reaches the map.
  if (/^assets\/map-engine-|maplibre|^fonts\/map\/|^geo\//.test(file)) return 'map';
  // Script fonts (scripts/build-fonts.ts) draw the text itself, before any map.
  if (/^fonts\//.test(file)) return 'first paint';
  if (/^embed\/|^assets\/embed-/.test(file)) return 'embeds';
  if (/^static\//.test(file)) return 'pictures';
  return 'first paint';
}

export function assetSizes(dist = join(ROOT, 'dist')): AssetSize[] {
  return walk(dist)
    .map((path) => {
      const bytes = readFileSync(path);
      const file = relative(dist, path);
      return { file, group: groupOf(file), bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => a.group.localeCompare(b.group) || b.gzip - a.gzip);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The story page of each edition, then every embed page, as paths in `dist`. */
export function pagesOf(dist = join(ROOT, 'dist')): string[] {
  const html = walk(dist)
    .map((p) => relative(dist, p))
    .filter((f) => f.endsWith('.html'));
  const story = html.filter((f) => /^([^/]+\/)?index\.html$/.test(f)).sort((a, b) => a.length - b.length);
  const embeds = html.filter((f) => /^([^/]+\/)?embed\//.test(f)).sort((a, b) => a.localeCompare(b));
  return [...story, ...embeds];
}

/** The pages' own bytes, gzip -9: HTML (its JSON included, and apart), JS, CSS, total. */
function printPages(dist = join(ROOT, 'dist')): void {
  const rows = pagesOf(dist).map((p) => pageBytes(dist, p));
  const width = Math.max(...rows.map((r) => r.page.length));
  const cols = ['html', 'of it json', 'js', 'css', 'total'];
  console.log(
    `\npage bytes, gzip -9: the HTML (with its JSON), what it links and those scripts' static imports\n` +
      `${'page'.padEnd(width)}  ${cols.map((c) => c.padStart(10)).join('  ')}`,
  );
  for (const r of rows)
    console.log(
      `${r.page.padEnd(width)}  ${[r.html, r.json, r.js, r.css, r.total].map((n) => kb(n).padStart(10)).join('  ')}`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = assetSizes();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(sizes, null, 2));
  } else {
    const width = Math.max(...sizes.map((s) => s.file.length));
    console.log(`${'asset'.padEnd(width)}  ${'group'.padEnd(11)}  ${'raw'.padStart(10)}  ${'gzip -9'.padStart(10)}`);
    for (const s of sizes) {
      console.log(
        `${s.file.padEnd(width)}  ${s.group.padEnd(11)}  ${kb(s.bytes).padStart(10)}  ${kb(s.gzip).padStart(10)}`,
      );
    }
    for (const group of GROUPS) {
      const g = sizes.filter((s) => s.group === group);
      console.log(
        `total ${group}: ${kb(g.reduce((t, s) => t + s.bytes, 0))} raw, ${kb(g.reduce((t, s) => t + s.gzip, 0))} gzip`,
      );
    }
    printPages();
  }
}
