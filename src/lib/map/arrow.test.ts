import { describe, expect, it } from 'vitest';
import { chevron, hexToRgb } from './arrow.ts';

describe('chevron', () => {
  const img = chevron(14, '#b42318', '#ffffff', 2);
  const alpha = (x: number, y: number) => img.data[(y * img.width + x) * 4 + 3];
  const rgb = (x: number, y: number) =>
    Array.from(img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 3));

  it('is size × pixelRatio square RGBA', () => {
    expect(img.width).toBe(28);
    expect(img.data).toHaveLength(28 * 28 * 4);
  });

  it('points east: ink at the tip on the right, none at the right edge above and below it', () => {
    expect(alpha(21, 14)).toBe(255);
    expect(rgb(21, 14)).toEqual(hexToRgb('#b42318'));
    expect(alpha(27, 2)).toBe(0);
    expect(alpha(27, 26)).toBe(0);
    expect(alpha(2, 14)).toBe(0);
  });

  it('rejects colours it cannot parse', () => {
    expect(() => hexToRgb('red')).toThrow('#rrggbb');
  });
});
