/** locatorFor: a view that shows every end of the route needs no inset; a zoomed one frames itself on the whole route. */
import { describe, expect, it } from 'vitest';
import type { View } from '../data/types.ts';
import { LOCATOR_SPACE, locatorFor, locatorLand } from './locator.ts';
import { mercatorY } from '../geo/mercator.ts';
import type { BasemapCountry, FlowVisual } from './types.ts';
import { fixture } from '../../../tests/fixtures/ledger.ts';

const { scenes } = fixture();
const flows = scenes.card.flows.map((f) => f.visual);
const view = (bounds: View['bounds']): View => ({ id: 'v', label: 'V', bounds });
const line = (points: [number, number][]) => ({ line: points }) as FlowVisual;

describe('locatorFor', () => {
  it('is null when the view holds both ends of every flow', () => {
    expect(
      locatorFor(
        view([
          [0, 0],
          [50, 50],
        ]),
        [
          line([
            [10, 10],
            [20, 30],
            [40, 20],
          ]),
        ],
        [],
      ),
    ).toBeNull();
    expect(
      locatorFor(
        view([
          [0, 0],
          [50, 50],
        ]),
        [],
        [],
      ),
    ).toBeNull();
  });

  it('frames a view that leaves out an end, on an extent holding the route and the view', () => {
    const route = line([
      [10, 10],
      [30, 20],
      [60, 20],
    ]);
    const loc = locatorFor(
      view([
        [0, 0],
        [20, 15],
      ]),
      [route],
      [],
    )!;
    expect(loc.frame).toEqual([
      [0, 0],
      [20, 15],
    ]);
    const [[w, s], [e, n]] = loc.extent;
    expect(w).toBeLessThan(0);
    expect(e).toBeGreaterThan(60);
    expect(s).toBeLessThan(0);
    expect(n).toBeGreaterThan(20);
    // Never flatter than 0.4 in Web Mercator.
    expect((mercatorY(n) - mercatorY(s)) / (e - w)).toBeGreaterThanOrEqual(0.4 - 1e-3);
  });

  it('gives the fixture’s zoomed view an inset and its whole view none', () => {
    expect(scenes.views.wide.locator).toBeNull();
    expect(scenes.views.front.locator?.frame).toEqual(scenes.views.front.view.bounds);
    const again = locatorFor(scenes.views.front.view, flows, []);
    expect(again?.extent).toEqual(scenes.views.front.locator?.extent);
    // Its land is drawn once, at build time, in the inset's own space.
    expect(scenes.views.front.locator?.land).toMatch(/^M[\d.]+,[\d.]+/);
  });
});

describe('locatorLand', () => {
  const extent: View['bounds'] = [
    [0, 0],
    [40, 40],
  ];
  const square = (w: number, s: number, e: number, n: number, part?: string): BasemapCountry => ({
    type: 'Feature',
    properties: { name: 'X', iso_n3: '001', ...(part ? { part } : {}) },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [w, n],
          [e, n],
          [e, s],
          [w, s],
        ],
      ],
    },
  });

  it('draws the land in a space LOCATOR_SPACE wide, clipped to it, leaving out the parts drawn again', () => {
    const d = locatorLand(extent, [square(10, 10, 30, 30), square(-20, -20, 60, 5, 'annexed')]);
    const numbers = [...d.matchAll(/-?[\d.]+/g)].map((m) => Number(m[0]));
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) {
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(LOCATOR_SPACE);
    }
    // Only the first square: a quarter to three quarters of the width.
    expect(Math.min(...numbers.filter((_, i) => i % 2 === 0))).toBeCloseTo(LOCATOR_SPACE / 4, 0);
    expect(locatorLand(extent, [square(-20, -20, 60, 5, 'annexed')])).toBe('');
  });
});
