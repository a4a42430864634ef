/**
 * npx tsx scripts/build-basemap.ts — writes the story map's offline basemap, public/geo/countries.json,
 * from world-atlas's countries-50m (Natural Earth). The file is built, not committed (.gitignore):
 * the steps live in scripts/lib/basemap.ts, this file only reads the package data and writes the output.
 * Running it again gives the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildBasemap, serialiseBasemap, type Topology } from './lib/basemap.ts';
import { ROOT } from './lib/load.ts';

export const OUTPUT = join(ROOT, 'public/geo/countries.json');

function main(): void {
  // Resolved through node's resolver so it follows wherever npm placed world-atlas.
  const source = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const world = JSON.parse(readFileSync(source, 'utf8')) as Topology;

  const countries = buildBasemap(world);
  const text = serialiseBasemap(countries);

  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, text);

  const raw = Buffer.byteLength(text);
  const gzip = gzipSync(text, { level: 9 }).length;
  console.log(
    `build-basemap: ${countries.length} features, ${raw} bytes, ${gzip} bytes gzip -> ${relative(ROOT, OUTPUT)}`,
  );
}

main();
