import { describe, expect, it } from 'vitest';
import { TIP_GAP, TIP_MAX, tipPosition } from './tipPosition.ts';

const rect = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  width,
  bottom: top + height,
});
const frame = rect(20, 100, 600, 300);

describe('tipPosition', () => {
  it('opens below a mark high on the screen, centred on it', () => {
    expect(tipPosition(rect(300.4, 150, 18, 22), frame, 1000)).toEqual({
      left: Math.round(300.4 + 9 - 20 - TIP_MAX / 2),
      top: 150 + 22 - 100 + TIP_GAP,
      width: TIP_MAX,
      above: false,
    });
  });

  it('opens above a mark low on the screen, its top then the quote’s bottom edge', () => {
    expect(tipPosition(rect(300, 700, 18, 22), frame, 1000)).toMatchObject({ top: 700 - 100 - TIP_GAP, above: true });
  });

  it('stays inside the frame at either edge', () => {
    expect(tipPosition(rect(22, 150, 18, 22), frame, 1000).left).toBe(0);
    expect(tipPosition(rect(600, 150, 18, 22), frame, 1000).left).toBe(600 - TIP_MAX);
  });

  it('is as wide as a frame narrower than the maximum', () => {
    expect(tipPosition(rect(100, 150, 18, 22), rect(0, 100, 343, 300), 740)).toMatchObject({ left: 0, width: 343 });
  });
});
