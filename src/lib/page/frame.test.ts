import { describe, expect, it } from 'vitest';
import { hostOffset, inFrame, windowFrame } from './frame.ts';
import { activeStep } from './active.ts';

/** A host page 800 px tall; the story's container starts 40 px down the iframe and is 5,000 px tall. */
const container = { top: 40, height: 5000 };
const host = (iframeTop: number) => ({ top: iframeTop, height: 800 });

describe('hostOffset', () => {
  it('keeps the map at the container top while the iframe is still below the host viewport top', () => {
    expect(hostOffset(host(400), container)).toBe(0);
    expect(hostOffset(host(-40), container)).toBe(0);
  });

  it('moves the map down by as much as the container has scrolled above the host viewport', () => {
    expect(hostOffset(host(-1040), container)).toBe(1000);
  });

  it('stops at the container bottom: the map never hangs below the last step', () => {
    expect(hostOffset(host(-9000), container)).toBe(5000 - 800);
  });

  it('never goes negative for a container shorter than the host viewport', () => {
    expect(hostOffset(host(-1000), { top: 0, height: 500 })).toBe(0);
  });

  it('rounds to whole pixels (hosts report fractional positions)', () => {
    expect(hostOffset(host(-1040.6), container)).toBe(1001);
  });
});

describe('inFrame', () => {
  it('moves a box of this document into the host viewport', () => {
    expect(inFrame({ top: 1200 }, host(-1000))).toEqual({ top: 200 });
  });

  it('leaves boxes alone in the window', () => {
    expect(inFrame({ top: 1200 }, windowFrame(900))).toEqual({ top: 1200 });
  });

  it('gives the active step as the host reader sees it', () => {
    // Steps every 1,000 px of the iframe; the host has scrolled the iframe 1,500 px up.
    const steps = [0, 1000, 2000, 3000].map((top) => inFrame({ top }, host(-1500)));
    expect(activeStep(steps, 800)).toBe(1);
    expect(activeStep(steps, 2000)).toBe(2);
  });
});
