import { describe, expect, it } from 'vitest';
import { geoMercator } from 'd3-geo';
import { along, arc, assignBends, type LonLat } from './geometry.ts';
import type { Flow } from '../data/types.ts';

const pyongyang: LonLat = [125.7625, 39.0392];
const kursk: LonLat = [36.1874, 51.7304];
const mercator = geoMercator().scale(1).translate([0, 0]);

describe('arc', () => {
  it('starts and ends at the two places', () => {
    const line = arc(pyongyang, kursk, 0.2);
    expect(line[0][0]).toBeCloseTo(pyongyang[0], 3);
    expect(line[0][1]).toBeCloseTo(pyongyang[1], 3);
    expect(line.at(-1)![0]).toBeCloseTo(kursk[0], 3);
    expect(line.at(-1)![1]).toBeCloseTo(kursk[1], 3);
    expect(line).toHaveLength(49);
  });

  it('bows north whichever way it runs', () => {
    for (const [a, b] of [
      [pyongyang, kursk],
      [kursk, pyongyang],
    ]) {
      const line = arc(a, b, 0.2);
      const chordMid = mercator.invert!([
        (mercator(a)![0] + mercator(b)![0]) / 2,
        (mercator(a)![1] + mercator(b)![1]) / 2,
      ])!;
      expect(line[24][1]).toBeGreaterThan(chordMid[1] + 2);
    }
  });

  it('a larger bend lies further from the chord', () => {
    expect(arc(pyongyang, kursk, 0.3)[24][1]).toBeGreaterThan(arc(pyongyang, kursk, 0.1)[24][1]);
  });
});

describe('assignBends', () => {
  const flow = (id: string, from: string, to: string) => ({ id, from, to }) as Flow;

  it('nests flows that share two places, whatever their direction', () => {
    const bends = assignBends([flow('a', 'p', 'm'), flow('b', 'm', 'p'), flow('c', 'p', 'k')], 0.1, 0.05);
    expect(bends.get('a')).toBeCloseTo(0.1);
    expect(bends.get('b')).toBeCloseTo(0.15);
    expect(bends.get('c')).toBeCloseTo(0.1);
  });
});

describe('along', () => {
  it('finds the middle of a straight line and its heading', () => {
    const mid = along(
      [
        [0, 0],
        [10, 0],
      ],
      0.5,
    );
    expect(mid.point[0]).toBeCloseTo(5);
    expect(mid.point[1]).toBeCloseTo(0);
    expect(mid.angle).toBeCloseTo(0);
  });

  it('heads north as -90 degrees (screen y grows south)', () => {
    expect(
      along(
        [
          [0, 0],
          [0, 10],
        ],
        0.5,
      ).angle,
    ).toBeCloseTo(-90);
  });
});
