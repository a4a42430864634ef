/**
 * npm run build — checks the data, builds the client, prerenders the page with Svelte's server
 * renderer into dist/index.html, and publishes the ledger as dist/claims.json and dist/claims.csv.
 * Any invalid data stops the build with every problem named by file and entry. Every file it
 * writes goes through scripts/lib/dist.ts, which refuses a path (a page named by an id) outside dist/.
 */
import { build } from 'vite';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadContent, LedgerInvalid, ROOT } from './lib/load.ts';
import { copyIntoDist, DIST, removeInDist, writeInDist } from './lib/dist.ts';
import { CARD, photograph, pictureShot, type Shot } from './lib/png.ts';
import { injectPage, inEdition } from './vite-plugin-content.ts';
import { readManifest, stylesheetsOf } from './lib/manifest.ts';
import { publishedClaims, toCsv } from '../src/lib/data/publish.ts';

const SSR_OUT = join(ROOT, 'node_modules/.ssr-build');
const SSR_ENTRY = 'src/entry-server.ts';

async function main(): Promise<void> {
  const { ledger } = loadContent();

  await build({ root: ROOT, logLevel: 'warn' });
  await build({
    root: ROOT,
    logLevel: 'warn',
    // With its CSS: the story page's stylesheet is the CSS of what the server renders.
    build: { ssr: SSR_ENTRY, outDir: SSR_OUT, emptyOutDir: true, ssrEmitAssets: true, manifest: true },
  });

  const server = (await import(
    pathToFileURL(join(SSR_OUT, 'entry-server.js')).href
  )) as typeof import('../src/entry-server.ts');
  // The static page's CSS, gathered by the server build from what it renders, as one stylesheet:
  // one request before the first paint. (The islands' chunks bring their own copies of their rules.)
  const manifest = readManifest(join(SSR_OUT, '.vite/manifest.json'));
  const css = stylesheetsOf(manifest, SSR_ENTRY)
    .map((file) => readFileSync(join(SSR_OUT, file), 'utf8'))
    .join('\n');
  const sheet = `assets/page-${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`;
  writeInDist(sheet, css);
  const page = withScriptFonts(readFileSync(join(DIST, 'index.html'), 'utf8')).replace(
    '<!--app-head-->',
    // No crossorigin: a stylesheet of the page's own needs no CORS (and a sandboxed embed's opaque origin would need it).
    `<link rel="stylesheet" href="./${sheet}" />\n    <!--app-head-->`,
  );
  const embedTemplate = withScriptFonts(readFileSync(join(DIST, 'embed.html'), 'utf8'));
  const countries = JSON.parse(readFileSync(join(DIST, 'geo/countries.json'), 'utf8'));
  const shots: Shot[] = [];
  // Every edition: the default's pages at the root, the others' in their folder (ko/), each page
  // with <base> at the root so that every relative URL (assets, basemap, seeds, claims) is shared.
  for (const edition of server.editionList()) {
    const { path, lang } = edition;
    const rendered = server.renderPage(lang);
    writeInDist(`${path}index.html`, injectPage(inEdition(page, edition, path ? '../' : ''), rendered));
    for (const f of rendered.files) writeInDist(f.path, f.text);

    // One prerendered page per embeddable graphic, from the embed.html template.
    const template = inEdition(embedTemplate, edition, path ? '../../' : '../');
    const graphics = server.graphics(lang);
    for (const g of graphics) {
      writeInDist(
        `${path}embed/${g.id}.html`,
        injectPage(template.replace('<!--graphic-->', g.id), server.renderEmbed(g.id, lang)),
      );
    }
    // Static pictures of the maps for readers without JavaScript, print and social cards, in the edition's words.
    for (const img of server.staticImages(server.contentOf(lang).scenes, countries))
      writeInDist(`${path}${img.file}`, img.svg);
    shots.push(...pictures(graphics, path));
  }
  removeInDist('embed.html');
  await photograph(shots);
  rmSync(SSR_OUT, { recursive: true, force: true });

  // pym.js for producers' pages, from the npm package, so the snippet needs no other origin.
  copyIntoDist(join(ROOT, 'node_modules/pym.js/dist/pym.v1.min.js'), 'vendor/pym.v1.min.js');

  // The articles themselves, byte for byte, for "Read the source" (and as plain links without JS).
  copyIntoDist(join(ROOT, 'seeds'), 'seeds');

  const rows = publishedClaims(ledger);
  writeInDist('claims.json', JSON.stringify(rows, null, 2) + '\n');
  writeInDist('claims.csv', toCsv(rows));
  const pages = server.editionList().map((e) => `dist/${e.path}index.html (${e.lang})`);
  console.log(
    `build: ${pages.join(', ')} prerendered; dist/claims.json and dist/claims.csv hold ${rows.length} claims.`,
  );
}

/**
 * The page's link to the script fonts (scripts/build-fonts.ts), kept only when they declare a
 * face: a stylesheet with no rule would still block the first paint for a round trip.
 */
function withScriptFonts(html: string): string {
  if (readFileSync(join(DIST, 'fonts/scripts.css'), 'utf8').includes('@font-face')) return html;
  const link =
    /\n\s*<!--[^>]*scripts\.css[^>]*-->|\n\s*<!--[^>]*self-hosted[^>]*-->|\n\s*<link rel="stylesheet" href="[^"]*fonts\/scripts\.css" \/>/g;
  return html.replace(link, '');
}

/**
 * The PNGs, photographed by Chromium when it is here (scripts/lib/png.ts): static/card.png, the
 * social card (networks do not show SVG cards), and a picture of each chart and the timeline for
 * producers whose pages cannot hold an iframe, each its embed page with scripts off, exactly what
 * a reader without JavaScript gets.
 */
function pictures(graphics: { id: string; kind: string }[], path: string): Shot[] {
  return [
    pictureShot(path, CARD),
    ...graphics.filter((g) => g.kind === 'spread' || g.kind === 'timeline').map((g) => pictureShot(path, g.id)),
  ];
}

main().catch((e: unknown) => {
  if (e instanceof LedgerInvalid) console.error(e.report);
  else console.error(e);
  process.exit(1);
});
