/**
 * Every file the build writes goes through here. Page and picture names come from data ids
 * (`embed/map-<view>.html`, `static/step-<step>.svg`), so a path is resolved and checked to stay
 * inside dist/ before anything is written: the data checks validate ids as slugs, and this is the
 * second line of defence if a bad id ever gets past them.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ROOT } from './load.ts';

export const DIST = join(ROOT, 'dist');

/** The absolute path of `rel` inside `dist`; throws, naming the file, when it would land elsewhere. */
export function distPath(rel: string, dist = DIST): string {
  const target = resolve(dist, rel);
  const inside = relative(dist, target);
  // "" is dist/ itself; a first segment ".." climbs out of it; an absolute result is another
  // drive (Windows). An absolute `rel` is refused even when it happens to point into dist/.
  if (isAbsolute(rel) || inside === '' || inside.split(sep)[0] === '..' || isAbsolute(inside)) {
    throw new Error(`build: refusing to write "${rel}": it resolves to ${target}, outside ${dist}/`);
  }
  return target;
}

/** Writes a file under dist/, making its folder; returns the absolute path written. */
export function writeInDist(rel: string, data: string | Uint8Array, dist = DIST): string {
  const target = distPath(rel, dist);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, data);
  return target;
}

/** Copies a file or folder from anywhere into dist/. */
export function copyIntoDist(from: string, rel: string, dist = DIST): string {
  const target = distPath(rel, dist);
  cpSync(from, target, { recursive: true });
  return target;
}

/** Deletes a file under dist/ (the build removes its page template once the pages are written). */
export function removeInDist(rel: string, dist = DIST): void {
  rmSync(distPath(rel, dist), { recursive: true, force: true });
}
