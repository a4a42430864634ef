import { describe, expect, it } from 'vitest';
import type { AssetSize } from '../sizes.ts';
import {
  afterInput,
  fileOf,
  firstPaintJsOf,
  gzipOf,
  isJavaScript,
  javaScriptOf,
  onLoad,
  type Request,
} from './bytes.ts';

const sizes: AssetSize[] = [
  { file: 'index.html', group: 'first paint', bytes: 100, gzip: 40 },
  { file: 'assets/a.js', group: 'first paint', bytes: 1000, gzip: 300 },
  // Names say nothing about when a file loads: this "map" chunk is fetched on load below.
  { file: 'assets/GlMap-x.js', group: 'map', bytes: 9000, gzip: 2000 },
  { file: 'assets/worker-x.mjs', group: 'map', bytes: 5000, gzip: 1500 },
  { file: 'assets/island-1.js', group: 'first paint', bytes: 800, gzip: 250 },
  { file: 'assets/a.css', group: 'first paint', bytes: 400, gzip: 90 },
  { file: 'geo/countries.json', group: 'map', bytes: 7000, gzip: 1000 },
  { file: 'claims.csv', group: 'data', bytes: 500, gzip: 200 },
];

const req = (path: string, type: string, contentType: string, after = false): Request => ({
  path,
  type,
  contentType,
  afterInput: after,
});

/** A load that asks for its entry, a chunk and the worker before any input, then an island and the basemap after. */
const requests: Request[] = [
  req('/', 'document', 'text/html'),
  req('/assets/a.js', 'script', 'text/javascript'),
  req('/assets/a.css', 'stylesheet', 'text/css'),
  req('/assets/GlMap-x.js', 'script', 'text/javascript'),
  // A worker's script may come back typed "other" by Chromium but served as JavaScript.
  req('/assets/worker-x.mjs', 'other', 'application/javascript; charset=utf-8'),
  req('/favicon.ico', 'other', 'text/html'),
  req('/assets/island-1.js', 'script', 'text/javascript', true),
  req('/geo/countries.json', 'fetch', 'application/json; charset=utf-8', true),
];

describe('gzipOf', () => {
  it('sums the built files the page requested, once each', () => {
    expect(fileOf('/')).toBe('index.html');
    expect(fileOf('/embed/')).toBe('embed/index.html');
    expect(fileOf('/seeds/a%20b.txt')).toBe('seeds/a b.txt');
    expect(gzipOf(sizes, ['/', '/assets/a.js', '/assets/a.js', '/favicon.ico'])).toBe(340);
  });
});

describe('isJavaScript', () => {
  it('goes by what Chromium loaded and what the server sent, not by the name', () => {
    expect(isJavaScript(req('/x', 'script', ''))).toBe(true);
    expect(isJavaScript(req('/x.txt', 'other', 'text/javascript'))).toBe(true);
    expect(isJavaScript(req('/x.js', 'fetch', 'application/json'))).toBe(false);
    expect(isJavaScript(req('/x.js', 'stylesheet', 'text/css'))).toBe(false);
  });
});

describe('first-paint JS', () => {
  it('sums the gzip -9 sizes of the scripts requested before any input', () => {
    expect(firstPaintJsOf(sizes, requests)).toBe(300 + 2000 + 1500);
  });

  it('counts a chunk by when it was requested: the same files after a scroll cost nothing', () => {
    const lazy = requests.map((r) =>
      r.path.includes('GlMap') || r.path.includes('worker') ? { ...r, afterInput: true } : r,
    );
    expect(firstPaintJsOf(sizes, lazy)).toBe(300);
    expect(firstPaintJsOf(sizes, [])).toBe(0);
  });

  it('all JavaScript of the visit, before and after input', () => {
    expect(javaScriptOf(sizes, requests)).toBe(300 + 2000 + 1500 + 250);
  });
});

describe('onLoad and afterInput', () => {
  it('splits the paths at the first input; a path asked for again later stays on load', () => {
    expect(onLoad(requests)).toEqual([
      '/',
      '/assets/a.js',
      '/assets/a.css',
      '/assets/GlMap-x.js',
      '/assets/worker-x.mjs',
      '/favicon.ico',
    ]);
    expect(afterInput([...requests, req('/assets/a.js', 'script', 'text/javascript', true)])).toEqual([
      '/assets/island-1.js',
      '/geo/countries.json',
    ]);
    expect(gzipOf(sizes, afterInput(requests))).toBe(1250);
  });
});
