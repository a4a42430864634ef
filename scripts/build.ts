/**
 * npm run build — checks the data, builds the client, prerenders the page with Svelte's server
 * renderer into dist/index.html, and publishes the ledger as dist/claims.json and dist/claims.csv.
 * Any invalid data stops the build with every problem named by file and entry.
 */
import { build } from 'vite';
import { cpSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadContent, LedgerInvalid, ROOT } from './lib/load.ts';
import { injectPage } from './vite-plugin-content.ts';
import { publishedClaims, toCsv } from '../src/lib/data/publish.ts';

const DIST = join(ROOT, 'dist');
const SSR_OUT = join(ROOT, 'node_modules/.ssr-build');

async function main(): Promise<void> {
  const { ledger } = loadContent();

  await build({ root: ROOT, logLevel: 'warn' });
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: { ssr: 'src/entry-server.ts', outDir: SSR_OUT, emptyOutDir: true },
  });

  const { renderPage } = (await import(
    pathToFileURL(join(SSR_OUT, 'entry-server.js')).href
  )) as typeof import('../src/entry-server.ts');
  const indexPath = join(DIST, 'index.html');
  writeFileSync(indexPath, injectPage(readFileSync(indexPath, 'utf8'), renderPage()));
  rmSync(SSR_OUT, { recursive: true, force: true });

  // The articles themselves, byte for byte, for "Read the source" (and as plain links without JS).
  cpSync(join(ROOT, 'seeds'), join(DIST, 'seeds'), { recursive: true });

  const rows = publishedClaims(ledger);
  writeFileSync(join(DIST, 'claims.json'), JSON.stringify(rows, null, 2) + '\n');
  writeFileSync(join(DIST, 'claims.csv'), toCsv(rows));
  console.log(`build: dist/index.html prerendered; dist/claims.json and dist/claims.csv hold ${rows.length} claims.`);
}

main().catch((e: unknown) => {
  if (e instanceof LedgerInvalid) console.error(e.report);
  else console.error(e);
  process.exit(1);
});
