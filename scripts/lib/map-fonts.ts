/**
 * The map's label fonts, cut to the glyphs its labels draw (scripts/build-fonts.ts writes them).
 * MapLibre draws labels from the style's `font-faces`; shipping whole Noto Sans files for a dozen
 * place names would cost the reader ~25 KB per weight for letters no label has. Each label's code
 * points are looked up in the @fontsource faces of the fonts below, in order (Noto Sans, then
 * Noto Sans KR for Hangul); each face that covers some of them is cut to those (subset-font,
 * HarfBuzz) and declared with exactly that unicode-range. A code point no face covers is an
 * error that names the label: a label must never be drawn in a fallback font.
 */
import type { Scenes } from '../../src/lib/scene/types.ts';
import { covers, formatUnicodeRange, normalise, type CodeRange, type FontFile } from './fonts.ts';

export type Weight = 'regular' | 'bold';

/** Every label text each weight draws, over every scene (steps, views, the card), each once: places' and countries' names. */
export function labelTexts(editions: Scenes[]): Record<Weight, string[]> {
  const all = editions.flatMap((scenes) => [
    ...Object.values(scenes.steps),
    ...Object.values(scenes.views),
    scenes.card,
  ]);
  const texts: Record<Weight, Set<string>> = { regular: new Set(), bold: new Set() };
  for (const scene of all)
    for (const p of [...scene.places, ...scene.countries]) texts[p.font.bold ? 'bold' : 'regular'].add(p.text);
  return { regular: [...texts.regular].sort(), bold: [...texts.bold].sort() };
}

/** A face of a font package, with the package's files folder. */
export interface PackageFace {
  font: FontFile;
  /** Absolute path of the woff2 file. */
  path: string;
}

/** One cut of one face: the code points it must keep, and its unicode-range. */
export interface Cut {
  face: PackageFace;
  codePoints: number[];
  unicodeRange: string[];
}

/**
 * Which face draws which code point of the texts: the first face (in the order given) whose
 * range covers it. Spaces and the like count too: a label's space is a glyph advance.
 */
export function planCuts(texts: readonly string[], faces: readonly PackageFace[]): Cut[] {
  const byFace = new Map<PackageFace, Set<number>>();
  const missing: string[] = [];
  for (const text of texts)
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const face = faces.find((f) => covers(f.font.ranges, cp));
      if (!face) {
        missing.push(`"${ch}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')}) in the label "${text}"`);
        continue;
      }
      if (!byFace.has(face)) byFace.set(face, new Set());
      byFace.get(face)!.add(cp);
    }
  if (missing.length) throw new Error(`map fonts: no font draws ${[...new Set(missing)].join('; ')}`);
  return faces.flatMap((face) => {
    const cps = byFace.get(face);
    if (!cps) return [];
    const codePoints = [...cps].sort((a, b) => a - b);
    const ranges: CodeRange[] = codePoints.map((cp) => [cp, cp]);
    return [{ face, codePoints, unicodeRange: formatUnicodeRange(normalise(ranges)).split(',') }];
  });
}

/** The file build-fonts.ts writes beside the cut fonts: what src/lib/map/fonts.ts reads. */
export interface MapFontsFile {
  $comment: string;
  /** Per weight, each cut's file (beside this one) and its unicode-range. */
  faces: Record<Weight, { file: string; 'unicode-range': string[] }[]>;
}
