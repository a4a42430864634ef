/**
 * npx tsx scripts/build-fonts.ts — writes public/fonts/ (git-ignored, built by `dev` and `build`):
 * the @fontsource Noto Sans woff2 files that hold the Cyrillic, Arabic and Hangul letters the
 * page's text uses (seeds and data strings), and scripts.css declaring them under one family,
 * "Story Scripts", first in the page's font stacks. Its unicode-ranges cover only those scripts,
 * so Latin text keeps its fonts; with no such letter in the text the stylesheet holds no rule.
 * The selection is in scripts/lib/fonts.ts; this file reads the packages and writes the output.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { readLedgerInput, ROOT } from './lib/load.ts';
import { LANGUAGES_DIR } from '../src/lib/data/language.ts';
import { STORY_FILE } from '../src/lib/story/copy.ts';
import {
  ARABIC,
  CYRILLIC,
  HANGUL,
  chooseFaces,
  fontStylesheet,
  parseFontFaces,
  scriptCodePoints,
  type Script,
} from './lib/fonts.ts';

export const OUTPUT = join(ROOT, 'public/fonts');

/** Which package draws which script. Noto Sans KR comes in ~120 numbered slices; only the needed ones ship. */
const PACKAGES: { name: string; script: Script }[] = [
  { name: '@fontsource/noto-sans', script: CYRILLIC },
  { name: '@fontsource/noto-sans-arabic', script: ARABIC },
  { name: '@fontsource/noto-sans-kr', script: HANGUL },
];
/** Regular and bold (the page's 600 and 700 both match 700); no italics: they are synthesised. */
const WEIGHTS = [400, 700];

/** Every string a JSON value holds. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * The text the page can show: every seed, every data file (raw, and its decoded strings), the
 * copy. Not data/languages/: the words the figure parser knows are never shown.
 */
function pageTexts(): string[] {
  const { files, seeds } = readLedgerInput();
  const texts = Object.values(seeds);
  for (const [path, raw] of Object.entries(files)) {
    if (raw === undefined || path.startsWith(`${LANGUAGES_DIR}/`)) continue;
    texts.push(raw);
    try {
      texts.push(...strings(JSON.parse(raw)));
    } catch {
      // Invalid JSON is check:data's to report; its raw text has been scanned.
    }
  }
  const story = join(ROOT, STORY_FILE);
  if (existsSync(story)) texts.push(readFileSync(story, 'utf8'));
  return texts;
}

function main(): void {
  const require = createRequire(import.meta.url);
  const texts = pageTexts();
  rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });

  const chosen = PACKAGES.flatMap(({ name, script }) => {
    const codePoints = scriptCodePoints(texts, [script]);
    if (codePoints.length === 0) return [];
    return WEIGHTS.flatMap((weight) => {
      // Resolved through node's resolver (fontsource's exports map "./400.css").
      const css = require.resolve(`${name}/${weight}.css`);
      const faces = chooseFaces(parseFontFaces(readFileSync(css, 'utf8')), script, codePoints);
      for (const { font } of faces) copyFileSync(join(dirname(css), 'files', font.file), join(OUTPUT, font.file));
      return faces;
    });
  });

  writeFileSync(join(OUTPUT, 'scripts.css'), fontStylesheet(chosen));
  const bytes = chosen.reduce((n, { font }) => n + statSync(join(OUTPUT, font.file)).size, 0);
  const counts = PACKAGES.map(({ script }) => `${script.name} ${scriptCodePoints(texts, [script]).length}`);
  console.log(
    `build-fonts: code points ${counts.join(', ')}; ${chosen.length} woff2 files, ${bytes} bytes -> ${relative(ROOT, OUTPUT)}/scripts.css`,
  );
}

main();
