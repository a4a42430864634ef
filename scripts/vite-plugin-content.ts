/**
 * Serves the validated ledger and story copy to the app as `virtual:content`, and prerenders the
 * page in dev the same way the build does. Invalid data fails the build (and shows the dev
 * overlay) with every problem named by file and entry.
 */
import type { Plugin, ViteDevServer } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadContent, ROOT } from './lib/load.ts';
import { paletteCss } from '../src/lib/map/palette.ts';
import { CONTENT_TYPES } from './content-types.ts';

const ID = 'virtual:content';
const RESOLVED = '\0' + ID;
/** The map palette as CSS custom properties, generated from src/lib/map/palette.ts. */
const PALETTE_CSS = 'virtual:palette.css';
const PALETTE_RESOLVED = '\0' + PALETTE_CSS;

export function content(): Plugin {
  let server: ViteDevServer | undefined;
  return {
    name: 'story-content',
    configureServer(s) {
      server = s;
      s.watcher.add([join(ROOT, 'data'), join(ROOT, 'seeds')]);
      // The articles, served as the build publishes them (dist/seeds/), for "Read the source".
      s.middlewares.use('/seeds', (req, res, next) => {
        const name = basename(decodeURIComponent((req.url ?? '').split('?')[0]));
        const path = join(ROOT, 'seeds', name);
        if (!name.endsWith('.txt') || !existsSync(path)) return next();
        res.setHeader('Content-Type', CONTENT_TYPES['.txt']);
        res.end(readFileSync(path));
      });
      s.watcher.on('change', (file) => {
        if (!file.startsWith(join(ROOT, 'data')) && !file.startsWith(join(ROOT, 'seeds'))) return;
        const mod = s.moduleGraph.getModuleById(RESOLVED);
        if (mod) s.moduleGraph.invalidateModule(mod);
        s.ws.send({ type: 'full-reload' });
      });
    },
    resolveId(id) {
      if (id === PALETTE_CSS) return PALETTE_RESOLVED;
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id === PALETTE_RESOLVED) return `/* Generated from src/lib/map/palette.ts */\n${paletteCss()}\n`;
      if (id !== RESOLVED) return undefined;
      const { ledger, story } = loadContent();
      return `export const ledger = ${JSON.stringify(ledger)};\nexport const story = ${JSON.stringify(story)};\n`;
    },
    async transformIndexHtml(html, ctx) {
      if (!server) return html;
      const entry = (await server.ssrLoadModule('/src/entry-server.ts')) as typeof import('../src/entry-server.ts');
      if (ctx.path.startsWith('/embed.html')) {
        // In dev, embed pages are /embed.html?graphic=ID (the build writes embed/ID.html).
        const graphic = new URL(ctx.originalUrl ?? ctx.path, 'http://dev').searchParams.get('graphic') ?? 'story';
        return injectPage(html.replace('<!--graphic-->', graphic), entry.renderEmbed(graphic));
      }
      return injectPage(html, entry.renderPage());
    },
  };
}

/** Puts server-rendered head and body into index.html's placeholders. */
export function injectPage(html: string, page: { head: string; body: string }): string {
  if (!html.includes('<!--app-head-->') || !html.includes('<!--app-html-->')) {
    throw new Error('index.html must contain <!--app-head--> and <!--app-html--> placeholders');
  }
  return html.replace('<!--app-head-->', () => page.head).replace('<!--app-html-->', () => page.body);
}
