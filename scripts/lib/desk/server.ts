/**
 * The desk's server: Vite serving the desk's page (src/desk/, never part of `npm run build`) with
 * the desk's API before Vite's own middleware, on 127.0.0.1 only, with a token made for this run.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { deskApi, type DeskOptions } from './api.ts';
import { ROOT } from '../load.ts';

export interface Desk {
  /** http://127.0.0.1:PORT/ */
  url: string;
  close: () => Promise<void>;
}

/** Starts the desk over the project at `root` (its data/ and seeds/). Port 0 picks a free one. */
export async function startDesk(root: string, port: number, devUrl: string): Promise<Desk> {
  const opts: DeskOptions = { root, origin: '', token: randomBytes(24).toString('hex'), devUrl };
  const desk: Plugin = {
    name: 'desk',
    configureServer(server) {
      server.middlewares.use(deskApi(opts));
    },
    transformIndexHtml: (html) =>
      html.replace('<!--desk-token-->', `<meta name="desk-token" content="${opts.token}" />`),
  };
  const server: ViteDevServer = await createServer({
    configFile: false,
    root: join(ROOT, 'src/desk'),
    logLevel: 'warn',
    plugins: [svelte({ configFile: join(ROOT, 'svelte.config.js') }), desk],
    // No CORS: the page and its API share one origin, and no other origin may read either.
    server: { host: '127.0.0.1', port, strictPort: true, cors: false, fs: { allow: [ROOT] } },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('desk: the server has no port');
  opts.origin = `http://127.0.0.1:${address.port}`;
  return { url: `${opts.origin}/`, close: () => server.close() };
}
