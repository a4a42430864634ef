/**
 * The content types the story's text files must be served with. Without `charset=utf-8`, a
 * browser opening a seed as a plain link (the source reader's fallback without JavaScript)
 * guesses windows-1252 and shows "â€“" for every dash; spreadsheets and scripts can guess wrong on
 * claims.csv too. `vite preview` and every browser test serve with this mapping (the plugin
 * below); a production host must send the same (docs/embedding.md, "Headers a production host must send").
 */
import type { Connect, Plugin } from 'vite';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** The content type for a URL path (query and fragment ignored), or undefined to keep the server's own. */
export function contentTypeFor(url: string): string | undefined {
  const path = url.split(/[?#]/)[0].toLowerCase();
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? CONTENT_TYPES[path.slice(dot)] : undefined;
}

/** Sets the content type before Vite's static file server answers; it keeps a type already set. */
export const utf8Types: Connect.NextHandleFunction = (req, res, next) => {
  const type = contentTypeFor(req.url ?? '');
  if (type) res.setHeader('Content-Type', type);
  next();
};

/** `vite preview` serves the story's text files with their charset. */
export function utf8Text(): Plugin {
  return {
    name: 'story-utf8-text',
    configurePreviewServer(server) {
      server.middlewares.use(utf8Types);
    },
  };
}
