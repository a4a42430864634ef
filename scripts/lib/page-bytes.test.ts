/** What a page loads by itself (page-bytes.ts): its links, outside <noscript>, and static imports only. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { linkedFiles, pageBytes, staticImports } from './page-bytes.ts';

const PAGE = `<!doctype html><html><head><base href="../" />
<link rel="icon" href="favicon.svg" />
<noscript><link rel="stylesheet" href="static/noscript.css"/></noscript>
<script type="module" crossorigin src="./assets/embed-a.js"></script>
<link rel="modulepreload" crossorigin href="./assets/shared-b.js">
<link rel="stylesheet" crossorigin href="./assets/style-c.css">
</head><body><script type="application/json" id="embed-props">{"a":1}</script></body></html>`;

describe('linkedFiles', () => {
  it('resolves scripts, preloads and stylesheets from the page’s <base>, leaving out <noscript> and icons', () => {
    expect(linkedFiles('ko/embed/x.html', PAGE)).toEqual([
      'ko/assets/embed-a.js',
      'ko/assets/shared-b.js',
      'ko/assets/style-c.css',
    ]);
    expect(linkedFiles('embed/x.html', PAGE)).toEqual([
      'assets/embed-a.js',
      'assets/shared-b.js',
      'assets/style-c.css',
    ]);
  });
});

describe('staticImports', () => {
  it('follows import … from and bare imports, not import()', () => {
    const js = `import{a as b}from"./shared-b.js";import"./style-d.js";const m=()=>import("./island-e.js");`;
    expect(staticImports('assets/embed-a.js', js)).toEqual(['assets/shared-b.js', 'assets/style-d.js']);
  });
});

describe('pageBytes', () => {
  it('sums each file once, gzip -9, and the JSON apart', () => {
    const dist = mkdtempSync(join(tmpdir(), 'page-bytes-'));
    try {
      mkdirSync(join(dist, 'embed'));
      mkdirSync(join(dist, 'assets'));
      const files: Record<string, string> = {
        'embed/x.html': PAGE,
        'assets/embed-a.js': 'import{x}from"./shared-b.js";import("./island-e.js");',
        'assets/shared-b.js': 'export const x=1;',
        'assets/style-c.css': 'a{color:red}',
        'assets/island-e.js': 'export const big="' + 'z'.repeat(5000) + '";',
      };
      for (const [f, text] of Object.entries(files)) writeFileSync(join(dist, f), text);
      const gz = (f: string) => gzipSync(files[f], { level: 9 }).length;
      expect(pageBytes(dist, 'embed/x.html')).toEqual({
        page: 'embed/x.html',
        html: gz('embed/x.html'),
        json: gzipSync('{"a":1}', { level: 9 }).length,
        js: gz('assets/embed-a.js') + gz('assets/shared-b.js'),
        css: gz('assets/style-c.css'),
        total: gz('embed/x.html') + gz('assets/embed-a.js') + gz('assets/shared-b.js') + gz('assets/style-c.css'),
      });
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
