/**
 * Pure steps of the script-font build (scripts/build-fonts.ts): find which code points of the
 * scripts our Latin fonts lack (Cyrillic, Arabic, Hangul) the page's text uses, and pick only
 * the @fontsource woff2 files whose unicode-range covers them. Each chosen file is declared with
 * its fontsource unicode-range narrowed to the script's blocks: several Noto Sans KR slices also
 * hold ASCII letters and punctuation, and declaring those would hand Latin text to this family.
 */

/** An inclusive range of code points. */
export type CodeRange = readonly [number, number];

export interface Script {
  name: string;
  /** The script's Unicode blocks. */
  ranges: CodeRange[];
}

export const CYRILLIC: Script = {
  name: 'Cyrillic',
  ranges: [
    [0x0400, 0x052f], // Cyrillic, Cyrillic Supplement
    [0x1c80, 0x1c8f], // Cyrillic Extended-C
    [0x2de0, 0x2dff], // Cyrillic Extended-A
    [0xa640, 0xa69f], // Cyrillic Extended-B
  ],
};

export const ARABIC: Script = {
  name: 'Arabic',
  ranges: [
    [0x0600, 0x06ff], // Arabic
    [0x0750, 0x077f], // Arabic Supplement
    [0x0870, 0x08ff], // Arabic Extended-B, Extended-A
    [0xfb50, 0xfdff], // Arabic Presentation Forms-A
    [0xfe70, 0xfeff], // Arabic Presentation Forms-B
  ],
};

export const HANGUL: Script = {
  name: 'Hangul',
  ranges: [
    [0x1100, 0x11ff], // Hangul Jamo
    [0x3130, 0x318f], // Hangul Compatibility Jamo
    [0xa960, 0xa97f], // Hangul Jamo Extended-A
    [0xac00, 0xd7ff], // Hangul Syllables, Jamo Extended-B
  ],
};

/** One @font-face rule of a fontsource stylesheet. */
export interface FontFile {
  /** The woff2 file's name inside the package's files/ folder. */
  file: string;
  weight: number;
  style: string;
  ranges: CodeRange[];
}

/** A file chosen for the page, with the part of its range that lies in its script. */
export interface ChosenFace {
  font: FontFile;
  script: string;
  ranges: CodeRange[];
}

/** "U+0400-045F,U+2116,U+4??" as ranges (the CSS unicode-range syntax, wildcards included). */
export function parseUnicodeRange(text: string): CodeRange[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part): CodeRange => {
      const m = /^U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(part);
      if (!m) throw new Error(`not a unicode-range: "${part}"`);
      if (m[1].includes('?')) return [parseInt(m[1].replace(/\?/g, '0'), 16), parseInt(m[1].replace(/\?/g, 'f'), 16)];
      const low = parseInt(m[1], 16);
      return [low, m[2] ? parseInt(m[2], 16) : low];
    });
}

/** "U+0400-045F,U+2116": ranges in CSS syntax. */
export function formatUnicodeRange(ranges: readonly CodeRange[]): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');
}

/** Ranges sorted and merged where they touch or overlap. */
export function normalise(ranges: readonly CodeRange[]): CodeRange[] {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out.at(-1);
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The code points in both sets of ranges. */
export function intersect(a: readonly CodeRange[], b: readonly CodeRange[]): CodeRange[] {
  const out: CodeRange[] = [];
  for (const [a0, a1] of normalise(a))
    for (const [b0, b1] of normalise(b)) {
      const lo = Math.max(a0, b0);
      const hi = Math.min(a1, b1);
      if (lo <= hi) out.push([lo, hi]);
    }
  return normalise(out);
}

export function covers(ranges: readonly CodeRange[], cp: number): boolean {
  return ranges.some(([a, b]) => cp >= a && cp <= b);
}

/** Every distinct code point of the texts that lies in one of the scripts, ascending. */
export function scriptCodePoints(texts: Iterable<string>, scripts: readonly Script[]): number[] {
  const ranges = scripts.flatMap((s) => s.ranges);
  const found = new Set<number>();
  for (const text of texts)
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (covers(ranges, cp)) found.add(cp);
    }
  return [...found].sort((a, b) => a - b);
}

/** The @font-face rules of a fontsource stylesheet (one weight's CSS file, e.g. 400.css). */
export function parseFontFaces(css: string): FontFile[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const prop = (name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(body)?.[1].trim() ?? '';
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    if (!file) throw new Error(`a @font-face rule with no woff2 file: ${body.trim().slice(0, 120)}`);
    return {
      file,
      weight: Number(prop('font-weight')),
      style: prop('font-style') || 'normal',
      ranges: parseUnicodeRange(prop('unicode-range') || 'U+0-10FFFF'),
    };
  });
}

/**
 * The files to ship for one script: those whose range, narrowed to the script's blocks, covers
 * at least one of the code points the page uses. Order is the stylesheet's.
 */
export function chooseFaces(fonts: readonly FontFile[], script: Script, codePoints: readonly number[]): ChosenFace[] {
  return fonts.flatMap((font) => {
    const ranges = intersect(font.ranges, script.ranges);
    return codePoints.some((cp) => covers(ranges, cp)) ? [{ font, script: script.name, ranges }] : [];
  });
}

export const FAMILY = 'Story Scripts';

/** The stylesheet: one @font-face per chosen file, all under one family; a comment line when none is needed. */
export function fontStylesheet(faces: readonly ChosenFace[], family = FAMILY): string {
  const head =
    '/* GENERATED by scripts/build-fonts.ts from @fontsource Noto Sans (OFL-1.1): only the files the text needs. Do not edit. */\n';
  const rules = faces.map(
    ({ font, script, ranges }) =>
      `/* ${script}: ${font.file} */\n@font-face {\n  font-family: '${family}';\n  font-style: ${font.style};\n` +
      `  font-weight: ${font.weight};\n  font-display: swap;\n  src: url(./${font.file}) format('woff2');\n` +
      `  unicode-range: ${formatUnicodeRange(ranges)};\n}\n`,
  );
  return head + (rules.length ? `\n${rules.join('\n')}` : '/* The text uses no Cyrillic, Arabic or Hangul. */\n');
}
