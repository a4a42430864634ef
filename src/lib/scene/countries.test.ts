/** Country name spots: rings clipped to a view, the pole of inaccessibility in Web Mercator, spots best first. */
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { clipRing, poleInView, spotsInView } from './countries.ts';
import { latitudeOf, mercatorY } from '../geo/mercator.ts';

const square = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

describe('mercatorY / latitudeOf', () => {
  it('are inverses, and the equator is 0', () => {
    expect(mercatorY(0)).toBeCloseTo(0);
    for (const lat of [-60, 10, 45, 70]) expect(latitudeOf(mercatorY(lat))).toBeCloseTo(lat, 9);
  });
});

describe('clipRing', () => {
  it('cuts a ring to the box and closes it', () => {
    const ring = square(0, 0, 10, 10).coordinates[0];
    const clipped = clipRing(ring, [
      [5, -5],
      [20, 5],
    ]);
    expect(clipped[0]).toEqual(clipped.at(-1));
    const xs = clipped.map((p) => p[0]);
    const ys = clipped.map((p) => p[1]);
    expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([5, 10, 0, 5]);
  });

  it('returns nothing for a ring wholly outside', () => {
    expect(
      clipRing(square(0, 0, 1, 1).coordinates[0], [
        [5, 5],
        [6, 6],
      ]),
    ).toEqual([]);
  });
});

describe('poleInView', () => {
  it('finds the middle of a square at the equator, its half-width as room', () => {
    const pole = poleInView(square(-10, -10, 10, 10), [
      [-50, -50],
      [50, 50],
    ])!;
    expect(pole.at[0]).toBeCloseTo(0, 1);
    expect(pole.at[1]).toBeCloseTo(0, 1);
    expect(pole.room).toBeCloseTo(10, 0);
  });

  it('uses only the part inside the view: a country half out of view is named in its visible half', () => {
    const pole = poleInView(square(0, -10, 40, 10), [
      [20, -50],
      [80, 50],
    ])!;
    expect(pole.at[0]).toBeGreaterThan(20);
  });

  it('is null for a country outside the view', () => {
    expect(
      poleInView(square(0, 0, 1, 1), [
        [10, 10],
        [20, 20],
      ]),
    ).toBeNull();
  });
});

describe('spotsInView', () => {
  it('puts the pole first, then other spots no nearer to a better one than its room, best first', () => {
    const view: [[number, number], [number, number]] = [
      [-60, -30],
      [60, 30],
    ];
    const spots = spotsInView(square(-50, -10, 50, 10), view);
    expect(spots[0]).toEqual(poleInView(square(-50, -10, 50, 10), view));
    expect(spots.length).toBeGreaterThan(1);
    for (let i = 1; i < spots.length; i++) expect(spots[i].room).toBeLessThanOrEqual(spots[i - 1].room + 1e-9);
  });
});
