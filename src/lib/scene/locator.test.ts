/** locatorFor: a view that shows every end of the route needs no inset; a zoomed one frames itself on the whole route. */
import { describe, expect, it } from 'vitest';
import type { View } from '../data/types.ts';
import { geoPath } from 'd3-geo';
import type { Feature } from 'geojson';
import { LOCATOR_SPACE, locatorFor, locatorLand, RelativePath } from './locator.ts';
import { fittedMercator, mercatorY } from '../geo/mercator.ts';
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
    expect(scenes.views.front.locator?.land).toMatch(/^m\d+,\d+/);
  });
});

/**
 * The points of a path of relative moves and lines ("m1,2,3-4z"), in absolute units: a reader of
 * RelativePath's output, after SVG's rules (pairs after m are lines; after z, the ring's start).
 */
function absolute(d: string): [number, number][] {
  const points: [number, number][] = [];
  let at: [number, number] = [0, 0];
  let start = at;
  for (const [, command, args] of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (command === 'z') {
      at = start;
      continue;
    }
    const n = [...args.matchAll(/-?\d+/g)].map((m) => Number(m[0]));
    for (let i = 0; i < n.length; i += 2) {
      at = [at[0] + n[i], at[1] + n[i + 1]];
      if (command === 'm' && i === 0) start = at;
      points.push(at);
    }
  }
  return points;
}

describe('RelativePath', () => {
  it('writes the very points geoPath().digits(0) writes, relative to the one before', () => {
    const projection = fittedMercator(
      [
        [0, 0],
        [40, 40],
      ],
      LOCATOR_SPACE,
      LOCATOR_SPACE,
    );
    // Two rings, one with a hole, points that round to negative steps and to no step.
    const shape: Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [5, 5],
              [35.3, 5.2],
              [35.31, 5.21],
              [30, 36.7],
              [2.2, 30.1],
              [5, 5],
            ],
            [
              [10, 10],
              [12, 20],
              [20, 12],
              [10, 10],
            ],
          ],
          [
            [
              [1, 38],
              [3, 39.5],
              [1.5, 39.9],
              [1, 38],
            ],
          ],
        ],
      },
    };
    const path = new RelativePath();
    geoPath(projection, path)(shape);
    const d = path.toString();
    const digits = geoPath(projection).digits(0)(shape) ?? '';
    const expected = [...digits.matchAll(/[ML](-?\d+),(-?\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(expected.length).toBeGreaterThan(8);
    expect(absolute(d)).toEqual(expected);
    expect(d.match(/z/g)?.length).toBe(digits.match(/Z/g)?.length);
    expect(d.length).toBeLessThan(digits.length);
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
    const numbers = absolute(d).flat();
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
