/**
 * The Hangul the build's PNG pictures are drawn with. The pages keep the reader's own Korean font
 * (src/app.css says why), and the static SVG pictures the reader's system font; a PNG, though, is
 * drawn once, on the build machine, and one without a Korean font drew every Korean letter of the
 * Korean edition's card, charts and timeline as an empty box.
 *
 * So, when the pages photographed hold Hangul, the photographer's Chromium gets Noto Sans KR from
 * the project's own install (@fontsource/noto-sans-kr, regular and bold), cut to those letters as
 * TrueType (subset-font: fontconfig reads no WOFF2), beside the system's fonts through a fontconfig
 * file (FONTCONFIG_FILE). Both live in a temporary folder that `cleanup` removes; nothing lands in
 * dist/ or the project. Chromium asks fontconfig for a font holding a letter its CSS stack lacks,
 * as it would on a reader's machine with a Korean font.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { distPath } from './dist.ts';

const HANGUL = /[\p{Script=Hangul}]/gu;
const FACES = [400, 700] as const;

export interface PictureFonts {
  /** What the photographer's Chromium is launched with: FONTCONFIG_FILE, when there is Hangul. */
  env: Record<string, string>;
  /** Removes the temporary folder, if one was made. */
  cleanup: () => void;
}

/** The Hangul letters in `texts`, each once, in code point order. */
export function hangulIn(texts: string[]): string {
  const letters = new Set(texts.flatMap((t) => t.match(HANGUL) ?? []));
  return [...letters].sort().join('');
}

/** The fonts for photographing `pages` (paths in dist/, a query allowed): none when they hold no Hangul. */
export async function pictureFonts(pages: string[]): Promise<PictureFonts> {
  const letters = hangulIn(pages.map((p) => readFileSync(distPath(p.split('?')[0]), 'utf8')));
  if (!letters) return { env: {}, cleanup: () => {} };
  const require = createRequire(import.meta.url);
  const dir = mkdtempSync(join(tmpdir(), 'story-picture-fonts-'));
  try {
    for (const weight of FACES) {
      // Through the package's stylesheet, as build-fonts.ts does (its exports map names CSS files only).
      const css = require.resolve(`@fontsource/noto-sans-kr/${weight}.css`);
      const woff2 = join(dirname(css), 'files', `noto-sans-kr-korean-${weight}-normal.woff2`);
      const ttf = await subsetFont(readFileSync(woff2), letters, { targetFormat: 'truetype' });
      writeFileSync(join(dir, `noto-sans-kr-${weight}.ttf`), ttf);
    }
    const conf = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
      '<fontconfig>',
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      `  <dir>${dir}</dir>`,
      `  <cachedir>${dir}</cachedir>`,
      '</fontconfig>',
    ].join('\n');
    writeFileSync(join(dir, 'fonts.conf'), conf);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    env: { FONTCONFIG_FILE: join(dir, 'fonts.conf') },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
