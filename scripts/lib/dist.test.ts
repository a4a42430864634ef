import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, distPath, writeInDist } from './dist.ts';

describe('distPath', () => {
  it.each(['../x', 'a/../../x', '..', '.', '', 'embed/../../x.html', 'static/../../../etc/passwd'])(
    'refuses %j, naming it',
    (rel) => {
      expect(() => distPath(rel)).toThrow(`refusing to write "${rel}"`);
    },
  );

  it.each(['/tmp/x', join(DIST, 'claims.csv')])('refuses the absolute path %j', (rel) => {
    expect(() => distPath(rel)).toThrow(/refusing to write .*outside/);
  });

  it.each([
    ['claims.csv', 'claims.csv'],
    ['embed/map-overview.html', 'embed/map-overview.html'],
    ['static/step-sent.svg', 'static/step-sent.svg'],
    ['static/./card.png', 'static/card.png'],
    ['a/../claims.json', 'claims.json'],
    ['..name.txt', '..name.txt'],
  ])('accepts %j', (rel, resolved) => {
    expect(distPath(rel)).toBe(join(DIST, resolved));
  });
});

describe('writeInDist', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes inside dist/, making folders, and writes nothing when it refuses', () => {
    dir = mkdtempSync(join(tmpdir(), 'dist-test-'));
    const dist = join(dir, 'dist');
    expect(writeInDist('embed/map-a.html', '<p>a</p>', dist)).toBe(join(dist, 'embed/map-a.html'));
    expect(readFileSync(join(dist, 'embed/map-a.html'), 'utf8')).toBe('<p>a</p>');
    expect(() => writeInDist('static/../../escaped.svg', '<svg/>', dist)).toThrow(/escaped\.svg/);
    expect(existsSync(join(dir, 'escaped.svg'))).toBe(false);
  });
});
