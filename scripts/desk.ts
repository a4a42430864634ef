/**
 * npm run desk [-- --port N] — the editor's desk: a local page where an editor adds a report, marks
 * its figures and sees what the page will say before publishing (README, "Adding a source"). It
 * serves on 127.0.0.1 only, with a token made for this run; its page (src/desk/) and API
 * (scripts/lib/desk/) are never part of `npm run build`.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { deskApi, type DeskOptions } from './lib/desk/api.ts';
import { ROOT } from './lib/load.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5175' },
    'dev-url': { type: 'string', default: 'http://127.0.0.1:5173/' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`desk: --port must be a port number, got "${values.port}"`);
  process.exit(1);
}

const opts: DeskOptions = { root: ROOT, origin: '', token: randomBytes(24).toString('hex'), devUrl: values['dev-url'] };

/** The API before Vite's own middleware, and the run's token in the page. */
const desk: Plugin = {
  name: 'desk',
  configureServer(server) {
    server.middlewares.use(deskApi(opts));
  },
  transformIndexHtml: (html) => html.replace('<!--desk-token-->', `<meta name="desk-token" content="${opts.token}" />`),
};

const server = await createServer({
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
console.log(`desk: ${opts.origin}/`);
