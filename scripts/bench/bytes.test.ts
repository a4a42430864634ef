import { describe, expect, it } from 'vitest';
import { fileOf, gzipOf } from './bytes.ts';

describe('gzipOf', () => {
  it('sums the built files the page requested, once each', () => {
    const sizes = [
      { file: 'index.html', group: 'first paint', bytes: 100, gzip: 40 },
      { file: 'assets/a.js', group: 'first paint', bytes: 1000, gzip: 300 },
      { file: 'claims.csv', group: 'data', bytes: 500, gzip: 200 },
    ] as const;
    expect(fileOf('/')).toBe('index.html');
    expect(gzipOf([...sizes], ['/', '/assets/a.js', '/assets/a.js', '/favicon.ico'])).toBe(340);
  });
});
