/** The theme's pick of a themed element's colours, with no script: toneStyle and paletteCss. */
import { describe, expect, it } from 'vitest';
import { paletteCss, PALETTES, toneStyle } from './palette.ts';

describe('toneStyle', () => {
  it("writes each theme's value of each tone given as a custom property", () => {
    expect(toneStyle({ tone: { light: '#b42318', dark: '#ff7b72' }, alpha: { light: 0.35, dark: 0.4 } })).toBe(
      '--tone-light:#b42318;--alpha-light:0.35;--tone-dark:#ff7b72;--alpha-dark:0.4',
    );
    expect(toneStyle({})).toBe('');
  });
});

describe('paletteCss', () => {
  const css = paletteCss();

  it('picks the light tones by default, the dark ones when the reader prefers dark or ?theme=dark forces it', () => {
    expect(css).toContain(`:root{--bg:${'#fdfcf9'}`);
    expect(css).toContain('.themed{--tone:var(--tone-light);--halo:var(--halo-light);--alpha:var(--alpha-light)}');
    const dark = '.themed{--tone:var(--tone-dark);--halo:var(--halo-dark);--alpha:var(--alpha-dark)}';
    expect(css).toContain(`@media (prefers-color-scheme: dark){:root:not([data-theme='light']){`);
    expect(css).toContain(`:root:not([data-theme='light']) ${dark}}`);
    expect(css).toContain(`:root[data-theme='dark'] ${dark}`);
  });

  it('holds the basemap colours of both themes', () => {
    expect(css).toContain(`--map-sea:${PALETTES.light.sea}`);
    expect(css).toContain(`--map-sea:${PALETTES.dark.sea}`);
  });
});
