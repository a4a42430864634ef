/**
 * The bench's baseline: a bare full-screen MapLibre page with the story's engine and basemap and
 * nothing else. Its style is the story's base style (style.ts baseStyle: the sea and the label
 * fonts' font-faces, light palette) plus the basemap's land and border layers, over the same
 * public/geo/countries.json, starting at the story's first view. Built with Vite's build() in a
 * folder of the system's temp folder (never dist/ or the repository) and served by serve.ts like
 * the story, so both are measured the same way in the same run; the story's figures are then
 * read as ratios to it (metrics.ts).
 *
 * Unlike the story's map it keeps MapLibre's default attribution control: a canvas alone is no
 * contentful paint to Lighthouse (NO_FCP), and the control's text is the first thing a bare
 * MapLibre page paints, once the map has started.
 *
 * The page marks its map as the story marks its own (`data-renderer="maplibre"`, `data-view`,
 * `data-idle`), so page.ts reads both with the same observers, and window.__bare.show(view)
 * moves its camera to a view as the story's Camera does (fitBounds, 1400 ms).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import { ROOT } from '../lib/load.ts';
import type { View } from '../../src/lib/data/types.ts';
import { PALETTES } from '../../src/lib/geo/palette.ts';
import { baseStyle, basemapLayers, SOURCES } from '../../src/lib/map/gl/style.ts';

export interface BareOptions {
  /** The maplibre-gl package folder to build with; the project's own unless given. */
  engine?: string;
  /** Every view the tour can move to, and the one it starts at. */
  views: View[];
  start: string;
  /** The project the basemap and fonts come from. */
  root?: string;
}

export interface BarePage {
  /** The temp folder: serve(dir) serves its dist/. */
  dir: string;
  /** The engine's version, from its package.json. */
  version: string;
  cleanup(): void;
}

/** Placeholders for the fonts' URLs in the style, swapped in the page for the built files' URLs. */
const FONT_URLS = { regular: '__FONT_REGULAR__', bold: '__FONT_BOLD__' };

/** The bare page's style: the story's base style and its basemap layers, light palette. */
export function bareStyle(fonts = FONT_URLS) {
  const palette = PALETTES.light;
  const style = baseStyle(palette, fonts);
  return {
    ...style,
    sources: { [SOURCES.countries]: { type: 'geojson' as const, data: '__COUNTRIES__' } },
    layers: [...style.layers, ...basemapLayers(palette)],
  };
}

/** The page's module: the engine's two import styles (6.x ESM with a separate worker; 5.x UMD). */
function pageModule(major: number, fontFiles: { regular: string; bold: string }, views: View[], start: string): string {
  const engine =
    major >= 6
      ? `import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
setWorkerUrl(new URL(workerUrl, document.baseURI).href);`
      : `import maplibregl from 'maplibre-gl';
const { Map } = maplibregl;`;
  return `${engine}
import 'maplibre-gl/dist/maplibre-gl.css';
import './page.css';
import regular from ${JSON.stringify(`${fontFiles.regular}?url`)};
import bold from ${JSON.stringify(`${fontFiles.bold}?url`)};
import { viewPadding } from ${JSON.stringify(join(ROOT, 'src/lib/geo/projection.ts'))};

const absolute = (u) => new URL(u, document.baseURI).href;
const views = new globalThis.Map(${JSON.stringify(views.map((v) => [v.id, v.bounds]))});
const style = JSON.parse(
  ${JSON.stringify(JSON.stringify(bareStyle()))}
    .replace('${FONT_URLS.regular}', absolute(regular))
    .replace('${FONT_URLS.bold}', absolute(bold))
    .replace('__COUNTRIES__', absolute('geo/countries.json')),
);
const container = document.getElementById('map');
let view = ${JSON.stringify(start)};
const map = new Map({
  container,
  style,
  bounds: views.get(view),
  fitBoundsOptions: { padding: viewPadding(container.clientWidth) },
  interactive: false,
  renderWorldCopies: false,
});
map.on('idle', () => {
  if (map.isSourceLoaded('${SOURCES.countries}')) container.dataset.idle = 'true';
});
window.__bare = {
  show(next) {
    if (next === view) return;
    view = next;
    container.dataset.idle = 'false';
    container.dataset.view = next;
    map.fitBounds(views.get(next), { padding: viewPadding(container.clientWidth), duration: 1400, essential: false });
  },
};
`;
}

const HTML = (start: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Bare map (bench baseline)</title>
    <link rel="icon" href="data:," />
    <script type="module" src="./main.js"></script>
  </head>
  <body>
    <div id="map" data-renderer="maplibre" data-view="${start}" data-idle="false"></div>
  </body>
</html>
`;

const CSS = 'html, body, #map { margin: 0; width: 100%; height: 100%; }\n';

/** The engine's version (and so its import style), from the package folder. */
export function engineVersion(engine: string): string {
  return (JSON.parse(readFileSync(join(engine, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Builds the bare page into a new temp folder; call cleanup() to remove it. */
export async function buildBarePage(opts: BareOptions): Promise<BarePage> {
  const root = opts.root ?? ROOT;
  const require = createRequire(join(root, 'package.json'));
  const engine = opts.engine ?? dirname(require.resolve('maplibre-gl/package.json'));
  const version = engineVersion(engine);
  const fontFiles = {
    regular: require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2'),
    bold: require.resolve('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2'),
  };
  const dir = mkdtempSync(join(tmpdir(), 'story-bare-map-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(engine, join(dir, 'node_modules/maplibre-gl'), 'dir');
    mkdirSync(join(dir, 'public/geo'), { recursive: true });
    copyFileSync(join(root, 'public/geo/countries.json'), join(dir, 'public/geo/countries.json'));
    writeFileSync(join(dir, 'index.html'), HTML(opts.start));
    writeFileSync(join(dir, 'page.css'), CSS);
    writeFileSync(join(dir, 'main.js'), pageModule(Number(version.split('.')[0]), fontFiles, opts.views, opts.start));
    await build({
      root: dir,
      configFile: false,
      base: './',
      logLevel: 'warn',
      // The story's own build settings that change what ships.
      build: { target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 1100, outDir: 'dist', emptyOutDir: true },
    });
    return { dir, version, cleanup };
  } catch (e) {
    cleanup();
    throw e;
  }
}
