/**
 * npx tsx scripts/build-basemap.ts — writes the story map's offline basemap, public/geo/countries.json,
 * from world-atlas's countries-50m (Natural Earth), with the country parts of data/countries.json
 * (Crimea drawn as Ukraine's). The file is built, not committed (.gitignore): the steps live in
 * scripts/lib/basemap.ts, the content loader (load.ts) runs them; this file only writes the output.
 * Running it again gives the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serialiseBasemap } from './lib/basemap.ts';
import { loadContent, ROOT } from './lib/load.ts';

export const OUTPUT = join(ROOT, 'public/geo/countries.json');

function main(): void {
  const countries = loadContent().basemap;
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
