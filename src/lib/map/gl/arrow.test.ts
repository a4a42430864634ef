import { describe, expect, it } from 'vitest';
import { CHEVRON_PATH, CHEVRON_SIZE } from '../../geo/chevron.ts';
import { chevron, hexToRgb } from './arrow.ts';

describe('chevron', () => {
  const img = chevron('#b42318', '#ffffff', 2);
  const alpha = (x: number, y: number) => img.data[(y * img.width + x) * 4 + 3];
  const rgb = (x: number, y: number) =>
    Array.from(img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 3));

  it('holds the chevron and its halo in a square of CHEVRON_SIZE × pixelRatio RGBA pixels', () => {
    // Arms reach 5 px from the centre, the halo 2.5 px beyond: 16 px, 32 at pixel ratio 2.
    expect(CHEVRON_SIZE).toBe(16);
    expect(img.width).toBe(32);
    expect(img.data).toHaveLength(32 * 32 * 4);
  });

  it('points east: ink at the tip (3 px right of the centre), none at the right edge or behind the arms', () => {
    expect(alpha(22, 16)).toBe(255);
    expect(rgb(22, 16)).toEqual(hexToRgb('#b42318'));
    expect(alpha(31, 2)).toBe(0);
    expect(alpha(31, 30)).toBe(0);
    expect(alpha(2, 16)).toBe(0);
  });

  it('is the shape the SVG map draws', () => {
    expect(CHEVRON_PATH).toBe('M-4,-5 L3,0 L-4,5');
  });

  it('rejects colours it cannot parse', () => {
    expect(() => hexToRgb('red')).toThrow('#rrggbb');
  });
});
