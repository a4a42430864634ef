/**
 * Bytes the page actually asked for: the gzip -9 size (from sizes.ts's assetSizes) of each built
 * file whose URL the page requested.
 */
import type { AssetSize } from '../sizes.ts';

/** Built file for a requested path: "/" is index.html, "/assets/x.js" is assets/x.js. */
export function fileOf(pathname: string): string {
  const p = decodeURIComponent(pathname).replace(/^\/+/, '');
  return p === '' || p.endsWith('/') ? `${p}index.html` : p;
}

export function gzipOf(sizes: AssetSize[], requested: string[]): number {
  const files = new Set(requested.map(fileOf));
  return sizes.filter((s) => files.has(s.file)).reduce((n, s) => n + s.gzip, 0);
}

/** The part of gzipOf that sizes.ts groups as "first paint": HTML, entry JS and CSS, favicon. */
export function firstPaintGzipOf(sizes: AssetSize[], requested: string[]): number {
  return gzipOf(
    sizes.filter((s) => s.group === 'first paint'),
    requested,
  );
}
