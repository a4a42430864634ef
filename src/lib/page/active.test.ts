import { describe, expect, it } from 'vitest';
import { activeStep, stepForKey } from './active.ts';

const boxes = (tops: number[]) => tops.map((top) => ({ top }));

describe('activeStep', () => {
  it('is the first step before the reader reaches any step', () => {
    expect(activeStep(boxes([900, 1500, 2100]), 1000)).toBe(0);
  });

  it('is the last step whose top crossed the trigger line', () => {
    expect(activeStep(boxes([-800, 100, 700]), 1000)).toBe(1);
    expect(activeStep(boxes([-800, 100, 599]), 1000)).toBe(2);
  });

  it('depends only on geometry: the same boxes give the same step whatever came before', () => {
    const later = boxes([-2000, -1400, -800]);
    expect(activeStep(later, 1000)).toBe(2);
    expect(activeStep(boxes([900, 1500, 2100]), 1000)).toBe(0);
    expect(activeStep(later, 1000)).toBe(2);
  });

  it('follows a resize: a shorter viewport moves the trigger line up', () => {
    const b = boxes([-100, 450, 1000]);
    expect(activeStep(b, 1000)).toBe(1);
    expect(activeStep(b, 600)).toBe(0);
  });

  it('is the first step when there are no boxes yet', () => {
    expect(activeStep([], 1000)).toBe(0);
  });
});

describe('stepForKey', () => {
  it('moves with arrows and page keys, clamped to the steps', () => {
    expect(stepForKey('ArrowDown', 0, 3)).toBe(1);
    expect(stepForKey('PageDown', 2, 3)).toBe(2);
    expect(stepForKey('ArrowUp', 0, 3)).toBe(0);
    expect(stepForKey('PageUp', 2, 3)).toBe(1);
    expect(stepForKey('End', 0, 3)).toBe(2);
    expect(stepForKey('Home', 2, 3)).toBe(0);
  });

  it('ignores other keys', () => {
    expect(stepForKey('Tab', 0, 3)).toBeNull();
    expect(stepForKey('ArrowLeft', 0, 3)).toBeNull();
  });
});
