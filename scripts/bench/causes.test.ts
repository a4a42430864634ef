import { describe, expect, it } from 'vitest';
import { attribute, causeOf, type LongFrame } from './causes.ts';

const script = (sourceURL: string, duration: number, invoker = 'Promise.then') => ({
  sourceURL,
  invoker,
  invokerType: 'resolve-promise',
  duration,
  forcedStyleAndLayoutDuration: 0,
});

describe('causeOf', () => {
  it('puts a script down to its chunk, or for a shared chunk to its invoker', () => {
    const at = (file: string, invoker?: string) => causeOf(script(`http://127.0.0.1:4173/assets/${file}`, 1, invoker));
    expect(at('map-engine-BnMTGnrH.js')).toBe('map updates (MapLibre)');
    expect(at('islands-Bi_s4TKb.js')).toBe('island hydration');
    expect(at('island-map-D5qrsrqL.js')).toBe('map island (SVG map, label placement)');
    expect(at('island-chart-B4GHlMNX.js')).toBe('chart layout');
    expect(at('island-timeline-C20aaBVr.js')).toBe('chart layout');
    expect(at('island-scroller-B3URPHE5.js')).toBe('scroll handling');
    expect(at('island-reader-oN2bT0bC.js')).toBe('other islands');
    expect(at('shared-BClu6B5d.js', 'Window.onscroll')).toBe('scroll handling');
    expect(at('shared-BClu6B5d.js', 'IntersectionObserver.callback')).toBe('scroll handling');
    expect(at('svelte-CnuxaZDS.js')).toBe('other scripts');
  });
});

describe('attribute', () => {
  it('shares a frame’s blocking time among its scripts by duration, the rest to style, layout and paint', () => {
    const frame: LongFrame = {
      startTime: 0,
      duration: 200,
      blockingDuration: 100,
      scripts: [script('/assets/map-engine-x.js', 100), script('/assets/island-chart-x.js', 50)],
    };
    const a = attribute([frame, { ...frame, blockingDuration: 0 }]);
    expect(a['map updates (MapLibre)']).toEqual({ ms: 50, frames: 1 });
    expect(a['chart layout']).toEqual({ ms: 25, frames: 1 });
    expect(a['style, layout and paint']).toEqual({ ms: 25, frames: 1 });
    expect(a['island hydration']).toEqual({ ms: 0, frames: 0 });
  });
});
