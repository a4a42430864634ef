import { describe, expect, it } from 'vitest';
import { placeLabels } from './labels.ts';

describe('placeLabels', () => {
  it('leaves labels that are far enough apart where they are', () => {
    expect(placeLabels([0, 30, 60], 20, 0, 100)).toEqual([0, 30, 60]);
  });
  it('pushes crowded labels down', () => {
    expect(placeLabels([10, 12, 14], 20, 0, 100)).toEqual([10, 30, 50]);
  });
  it('pushes them back up from the bottom, never above the top', () => {
    expect(placeLabels([90, 95, 98], 20, 0, 100)).toEqual([60, 80, 100]);
    expect(placeLabels([0, 1, 2, 3, 4, 5], 20, 0, 50)).toEqual([0, 20, 40, 60, 80, 100]);
  });
  it('rounds to 0.1 px', () => {
    expect(placeLabels([10.04, 10.1], 7.33, 0, 100)).toEqual([10, 17.4]);
  });
});
