/**
 * Serves a built dist/ with Vite's preview server on 127.0.0.1, the story's
 * Content-Security-Policy and its content types, as the browser tests do, but for any project
 * root (the bench serves scaled copies too).
 */
import { preview } from 'vite';
import { CSP } from '../csp.ts';
import { utf8Text } from '../content-types.ts';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serve(root: string): Promise<Served> {
  const server = await preview({
    root,
    configFile: false,
    plugins: [utf8Text()],
    base: './',
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, headers: { 'Content-Security-Policy': CSP } },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
