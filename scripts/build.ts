/**
 * npm run build — checks the data, builds the client, prerenders the page with Svelte's server
 * renderer into dist/index.html, and publishes the ledger as dist/claims.json and dist/claims.csv.
 * Any invalid data stops the build with every problem named by file and entry. Every file it
 * writes goes through scripts/lib/dist.ts, which refuses a path (a page named by an id) outside dist/.
 */
import { build, preview } from 'vite';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadContent, LedgerInvalid, ROOT } from './lib/load.ts';
import { copyIntoDist, DIST, distPath, removeInDist, writeInDist } from './lib/dist.ts';
import { injectPage } from './vite-plugin-content.ts';
import { publishedClaims, toCsv } from '../src/lib/data/publish.ts';

const SSR_OUT = join(ROOT, 'node_modules/.ssr-build');

async function main(): Promise<void> {
  const { ledger } = loadContent();

  await build({ root: ROOT, logLevel: 'warn' });
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: { ssr: 'src/entry-server.ts', outDir: SSR_OUT, emptyOutDir: true },
  });

  const server = (await import(
    pathToFileURL(join(SSR_OUT, 'entry-server.js')).href
  )) as typeof import('../src/entry-server.ts');
  writeInDist('index.html', injectPage(readFileSync(join(DIST, 'index.html'), 'utf8'), server.renderPage()));

  // One prerendered page per embeddable graphic, from the embed.html template. <base href="../">
  // makes every relative URL (assets, basemap, seeds, static images) resolve from the story's folder.
  const template = readFileSync(join(DIST, 'embed.html'), 'utf8').replace('<head>', '<head>\n    <base href="../" />');
  for (const g of server.graphics()) {
    writeInDist(`embed/${g.id}.html`, injectPage(template.replace('<!--graphic-->', g.id), server.renderEmbed(g.id)));
  }
  removeInDist('embed.html');

  // Static pictures of the maps for readers without JavaScript, print and social cards.
  const countries = JSON.parse(readFileSync(join(DIST, 'geo/countries.json'), 'utf8'));
  const images = server.staticImages(server.scenes, countries);
  for (const img of images) writeInDist(img.file, img.svg);
  cardPng();
  await graphicPngs(server.graphics().filter((g) => g.kind === 'spread' || g.kind === 'timeline'));
  rmSync(SSR_OUT, { recursive: true, force: true });

  // pym.js for producers' pages, from the npm package, so the snippet needs no other origin.
  copyIntoDist(join(ROOT, 'node_modules/pym.js/dist/pym.v1.min.js'), 'vendor/pym.v1.min.js');

  // The articles themselves, byte for byte, for "Read the source" (and as plain links without JS).
  copyIntoDist(join(ROOT, 'seeds'), 'seeds');

  const rows = publishedClaims(ledger);
  writeInDist('claims.json', JSON.stringify(rows, null, 2) + '\n');
  writeInDist('claims.csv', toCsv(rows));
  console.log(`build: dist/index.html prerendered; dist/claims.json and dist/claims.csv hold ${rows.length} claims.`);
}

/**
 * Social networks do not show SVG cards: when Debian's Chromium is here (npm test installs it),
 * rasterise static/card.svg to static/card.png; otherwise say so and keep the SVG.
 */
function cardPng(): void {
  const chromium = '/usr/bin/chromium';
  // Chromium writes the file itself: the path is checked the same way.
  const out = distPath('static/card.png');
  if (!existsSync(chromium)) {
    console.warn('build: no /usr/bin/chromium, so no static/card.png; the social card stays SVG.');
    return;
  }
  const r = spawnSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--hide-scrollbars',
      '--window-size=1200,630',
      `--screenshot=${out}`,
      pathToFileURL(join(DIST, 'static/card.svg')).href,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (r.status !== 0 || !existsSync(out))
    console.warn(`build: could not make static/card.png (${r.stderr?.slice(0, 200)})`);
}

/**
 * Pictures of the charts and the timeline, for producers whose pages cannot hold an iframe:
 * each embed page, scripts off (exactly what a reader without JavaScript gets), photographed
 * by Chromium when it is here.
 */
async function graphicPngs(graphics: { id: string }[]): Promise<void> {
  const executablePath = '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.warn('build: no /usr/bin/chromium, so no chart and timeline pictures in static/.');
    return;
  }
  const { chromium } = await import('playwright-core');
  // Over HTTP on loopback, as a reader gets the page (stylesheets are crossorigin, not file://).
  const server = await preview({
    root: ROOT,
    configFile: false,
    base: './',
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0 },
  });
  const address = server.httpServer.address();
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    if (!address || typeof address === 'string') throw new Error('preview server has no port');
    const page = await browser.newPage({ viewport: { width: 720, height: 600 }, javaScriptEnabled: false });
    for (const g of graphics) {
      await page.goto(`http://127.0.0.1:${address.port}/embed/${g.id}.html?theme=light`);
      writeInDist(`static/${g.id}.png`, await page.locator('.embed').screenshot());
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  if (e instanceof LedgerInvalid) console.error(e.report);
  else console.error(e);
  process.exit(1);
});
