/**
 * Serves a built dist/ with Vite's preview server on a free loopback port, with the story's
 * Content-Security-Policy and the content types of `npm run preview` (the same plugin). The
 * browser tests, the bench (the project and its scaled copies) and the build's pictures use it.
 */
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { preview, type Plugin } from 'vite';
import { HEADERS } from '../csp.ts';
import { utf8Text } from '../content-types.ts';
import { ROOT } from './load.ts';

export interface Served {
  /** The served base, ending in "/": http://127.0.0.1:PORT/ (or …/BASE/). */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Sent with every file; the story's CSP and CORS header unless given (csp.ts HEADERS). */
  headers?: Record<string, string>;
  /** The path dist/ is served under, with its slashes ("/graphics/story/"); "/" unless given. */
  base?: string;
  /** The port; any free one unless given. */
  port?: number;
}

/**
 * A folder's URL without its slash (/ko) is redirected to the folder (/ko/), as static hosts do:
 * served as it is, the page's relative links would resolve from the wrong folder.
 */
export function folderSlash(dist: string, base: string): Plugin {
  return {
    name: 'story-folder-slash',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const [path, query = ''] = (req.url ?? '').split(/\?(.*)/s, 2);
        if (!path.startsWith(base) || path.endsWith('/')) return next();
        let rel: string;
        try {
          rel = decodeURIComponent(path.slice(base.length));
        } catch {
          return next();
        }
        const folder = resolve(dist, rel);
        if (!folder.startsWith(dist + sep) || !existsSync(join(folder, 'index.html'))) return next();
        res.statusCode = 301;
        res.setHeader('Location', `${path}/${query ? `?${query}` : ''}`);
        res.end();
      });
    },
  };
}

export async function serve(root = ROOT, { headers, base = '/', port = 0 }: ServeOptions = {}): Promise<Served> {
  if (!existsSync(join(root, 'dist/index.html'))) throw new Error(`${root}/dist/ is missing: run npm run build first`);
  const server = await preview({
    root,
    configFile: false,
    plugins: [utf8Text(), folderSlash(resolve(root, 'dist'), base)],
    base,
    // Files only: a missing file is a 404, never the story's HTML in its place (a reader's
    // "Read the source" would show it as the article); /ko is redirected to /ko/.
    appType: 'mpa',
    logLevel: 'silent',
    preview: {
      host: '127.0.0.1',
      port,
      strictPort: port !== 0,
      headers: { ...(headers ?? HEADERS) },
    },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('preview server has no port');
  }
  return { url: `http://127.0.0.1:${address.port}${base}`, close: () => server.close() };
}
