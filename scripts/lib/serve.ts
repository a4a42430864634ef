/**
 * Serves a built dist/ with Vite's preview server on a free loopback port, with the story's
 * Content-Security-Policy and the content types of `npm run preview` (the same plugin). The
 * browser tests, the bench (the project and its scaled copies) and the build's pictures use it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { CSP } from '../csp.ts';
import { utf8Text } from '../content-types.ts';
import { ROOT } from './load.ts';

export interface Served {
  /** The served base, ending in "/": http://127.0.0.1:PORT/ (or …/BASE/). */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Sent with every file; the story's CSP unless given. */
  headers?: Record<string, string>;
  /** The path dist/ is served under, with its slashes ("/graphics/story/"); "/" unless given. */
  base?: string;
}

export async function serve(root = ROOT, { headers, base = '/' }: ServeOptions = {}): Promise<Served> {
  if (!existsSync(join(root, 'dist/index.html'))) throw new Error(`${root}/dist/ is missing: run npm run build first`);
  const server = await preview({
    root,
    configFile: false,
    plugins: [utf8Text()],
    base,
    logLevel: 'silent',
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      headers: headers ?? { 'Content-Security-Policy': CSP },
    },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('preview server has no port');
  }
  return { url: `http://127.0.0.1:${address.port}${base}`, close: () => server.close() };
}
