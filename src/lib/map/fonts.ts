/**
 * The map's label fonts: the files scripts/build-fonts.ts cut to the glyphs the labels draw
 * (scripts/lib/map-fonts.ts), read from fonts/map/faces.json beside them when the live map loads.
 */
import type { Fonts } from './gl/style.ts';

export const MAP_FONTS = 'fonts/map/faces.json';

interface FacesFile {
  faces: Record<keyof Fonts, { file: string; 'unicode-range': string[] }[]>;
}

/** The style's font-faces from the faces file at `url`, each file's URL made absolute. */
export async function fetchMapFonts(url: string): Promise<Fonts> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${MAP_FONTS}: HTTP ${res.status}`);
  const { faces } = (await res.json()) as FacesFile;
  if (!Array.isArray(faces?.regular) || !Array.isArray(faces?.bold)) throw new Error(`${MAP_FONTS}: no faces`);
  const resolve = (list: FacesFile['faces']['regular']) =>
    list.map((f) => ({ url: new URL(f.file, url).href, 'unicode-range': f['unicode-range'] }));
  return { regular: resolve(faces.regular), bold: resolve(faces.bold) };
}

/** A path of the story's folder (the page's base) as an absolute URL, as MapLibre's worker needs. */
export function fromBase(path: string): string {
  return new URL(path, document.baseURI).href;
}
