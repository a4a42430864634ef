/**
 * Bytes the page actually asked for: the gzip -9 size (from sizes.ts's assetSizes) of each built
 * file whose URL the page requested. Which requests count is read from what Chromium recorded
 * (page.ts): when it was made (before the bench's first scroll or after it) and what came back
 * (its content type), never from a file's name, so renamed or re-split chunks are counted the same.
 */
import type { AssetSize } from '../sizes.ts';

/** One same-origin request of a page load, as page.ts records it. */
export interface Request {
  /** The URL's path: "/", "/assets/x.js". */
  path: string;
  /** Chromium's resource type, as Playwright reports it: "document", "script", "fetch", … */
  type: string;
  /** The response's Content-Type header ("" when there was no response). */
  contentType: string;
  /** Made after the bench's first scroll or other input; false for a load left alone. */
  afterInput: boolean;
}

/** Built file for a requested path: "/" is index.html, "/assets/x.js" is assets/x.js. */
export function fileOf(pathname: string): string {
  const p = decodeURIComponent(pathname).replace(/^\/+/, '');
  return p === '' || p.endsWith('/') ? `${p}index.html` : p;
}

/** gzip -9 of the built files at these paths, each file once; paths that are no built file count nothing. */
export function gzipOf(sizes: AssetSize[], requested: string[]): number {
  const files = new Set(requested.map(fileOf));
  return sizes.filter((s) => files.has(s.file)).reduce((n, s) => n + s.gzip, 0);
}

/** A script: Chromium loaded it as one (a module, a worker), or it was served as JavaScript. */
export function isJavaScript(r: Request): boolean {
  return r.type === 'script' || /\b(java|ecma)script\b/i.test(r.contentType);
}

/** The paths requested while the page was left alone: no scroll, no input. */
export const onLoad = (requests: Request[]): string[] => requests.filter((r) => !r.afterInput).map((r) => r.path);

/** The paths first requested after the bench's first input (what scrolling to the map brought in). */
export function afterInput(requests: Request[]): string[] {
  const before = new Set(onLoad(requests));
  return requests.filter((r) => r.afterInput && !before.has(r.path)).map((r) => r.path);
}

/** First-paint JS: gzip -9 of the scripts the page requested while left alone. */
export function firstPaintJsOf(sizes: AssetSize[], requests: Request[]): number {
  return gzipOf(
    sizes,
    requests.filter((r) => !r.afterInput && isJavaScript(r)).map((r) => r.path),
  );
}

/** JavaScript of the whole visit (load and tour), gzip -9: the engine comparison's bytes. */
export function javaScriptOf(sizes: AssetSize[], requests: Request[]): number {
  return gzipOf(
    sizes,
    requests.filter(isJavaScript).map((r) => r.path),
  );
}
