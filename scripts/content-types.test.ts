import { describe, expect, it } from 'vitest';
import { contentTypeFor } from './content-types.ts';

describe('contentTypeFor', () => {
  it.each([
    ['/seeds/001_3f75a6bb1a18efc2.txt', 'text/plain; charset=utf-8'],
    ['/story/seeds/a.txt#:~:text=Around%204%2C000', 'text/plain; charset=utf-8'],
    ['/claims.csv', 'text/csv; charset=utf-8'],
    ['/claims.json?v=1', 'application/json; charset=utf-8'],
    ['/geo/countries.JSON', 'application/json; charset=utf-8'],
  ])('%s is %s', (url, type) => {
    expect(contentTypeFor(url)).toBe(type);
  });

  it.each(['/', '/index.html', '/assets/main.js', '/static/card.png', '/a.txt/', '/txt', '/x.json.gz'])(
    'leaves %s to the server',
    (url) => {
      expect(contentTypeFor(url)).toBeUndefined();
    },
  );
});
