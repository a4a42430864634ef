import { describe, expect, it } from 'vitest';
import { stylesheetsOf, type Manifest } from './manifest.ts';

const manifest: Manifest = {
  'src/page-styles.ts': {
    file: 'assets/page-styles.js',
    isEntry: true,
    imports: ['_a', '_b'],
    css: ['assets/own.css'],
  },
  _a: { file: 'assets/a.js', imports: ['_c'], css: ['assets/a.css'] },
  _b: { file: 'assets/b.js', imports: ['_c'], css: ['assets/b.css', 'assets/a.css'] },
  _c: { file: 'assets/c.js', css: ['assets/c.css'] },
};

describe('stylesheetsOf', () => {
  it('gathers the CSS of the entry and everything it imports, dependencies first, each once', () => {
    expect(stylesheetsOf(manifest, 'src/page-styles.ts')).toEqual([
      'assets/c.css',
      'assets/a.css',
      'assets/b.css',
      'assets/own.css',
    ]);
  });

  it('refuses an entry the manifest does not hold, and a dangling import', () => {
    expect(() => stylesheetsOf(manifest, 'src/nope.ts')).toThrow(/no entry src\/nope\.ts/);
    expect(() => stylesheetsOf({ e: { file: 'e.js', imports: ['_gone'] } }, 'e')).toThrow(/_gone/);
  });
});
