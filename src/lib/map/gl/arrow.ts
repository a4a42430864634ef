/**
 * The arrowhead of a flow (geo/chevron.ts) rasterised as RGBA pixels for MapLibre, so the map
 * needs no sprite URL, and the hatch tile likewise. Renderers turn the chevron to each arrow's
 * heading and scale it by the flow's arrow size (scene/encoding.ts).
 */
import { CHEVRON, CHEVRON_SIZE } from '../../geo/chevron.ts';

export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Parses "#rrggbb". */
export function hexToRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`expected a #rrggbb colour, got ${hex}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Distance from point p to segment ab. */
function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * The chevron in `colour` with a `halo` outline (so it reads on the flow and on the land), as a
 * CHEVRON_SIZE square image at `pixelRatio`. Anti-aliased by coverage from the distance to the stroke.
 */
export function chevron(colour: string, halo: string, pixelRatio = 2): RgbaImage {
  const s = CHEVRON_SIZE * pixelRatio;
  const data = new Uint8Array(s * s * 4);
  const [r, g, b] = hexToRgb(colour);
  const [hr, hg, hb] = hexToRgb(halo);
  const pts = CHEVRON.points.map(([x, y]) => [
    (x + CHEVRON_SIZE / 2) * pixelRatio,
    (y + CHEVRON_SIZE / 2) * pixelRatio,
  ]);
  const core = (CHEVRON.stroke / 2) * pixelRatio;
  const outline = (CHEVRON.halo / 2) * pixelRatio;
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      const d = Math.min(
        ...pts.slice(1).map(([bx, by], i) => distToSegment(x + 0.5, y + 0.5, pts[i][0], pts[i][1], bx, by)),
      );
      const inCore = Math.max(0, Math.min(1, core - d + 0.5));
      const inHalo = Math.max(0, Math.min(1, outline - d + 0.5));
      const i = (y * s + x) * 4;
      data[i] = Math.round(r * inCore + hr * (1 - inCore));
      data[i + 1] = Math.round(g * inCore + hg * (1 - inCore));
      data[i + 2] = Math.round(b * inCore + hb * (1 - inCore));
      data[i + 3] = Math.round(255 * inHalo);
    }
  }
  return { width: s, height: s, data };
}

/**
 * The hatch tile MapLibre repeats over a part drawn as another country's (style.ts `fill-pattern`):
 * lines rising at 45°, `spacing` CSS px apart and `width` wide, antialiased, on transparent
 * pixels; the SVG map draws the same tile as a <pattern> (SvgMap).
 */
export function hatchTile(colour: string, spacing: number, width: number, pixelRatio = 2): RgbaImage {
  const s = Math.round(spacing * pixelRatio);
  const half = (width * pixelRatio) / 2;
  const data = new Uint8Array(s * s * 4);
  const [r, g, b] = hexToRgb(colour);
  for (let y = 0; y < s; y++)
    for (let x = 0; x < s; x++) {
      // Distance from the pixel's centre to the nearest line x + y = k·s.
      const m = (x + y + 1) % s;
      const d = Math.min(m, s - m) / Math.SQRT2;
      const a = Math.max(0, Math.min(1, half - d + 0.5));
      data.set([r, g, b, Math.round(a * 255)], (y * s + x) * 4);
    }
  return { width: s, height: s, data };
}
