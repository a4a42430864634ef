/**
 * The arrowhead of a flow: one chevron pointing east (+x), drawn by the SVG map as a path and
 * rasterised for MapLibre (map/gl/arrow.ts). Renderers turn it to each arrow's heading and scale
 * it by the flow's arrow size (scene/encoding.ts); the camera's fit keeps it inside the map.
 */

/** The chevron around (0, 0) in CSS pixels: its two arms meeting at the tip, its stroke and its halo. */
export const CHEVRON = {
  points: [
    [-4, -5],
    [3, 0],
    [-4, 5],
  ] as [number, number][],
  stroke: 2.2,
  halo: 5,
};

/** The chevron as an SVG path. */
export const CHEVRON_PATH = CHEVRON.points.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join(' ');

/** Side of the square image holding the chevron and its halo, in CSS pixels. */
export const CHEVRON_SIZE = 2 * Math.ceil(Math.max(...CHEVRON.points.flat().map(Math.abs)) + CHEVRON.halo / 2);
