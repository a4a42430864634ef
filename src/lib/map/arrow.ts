/**
 * Arrowhead images for flow direction, drawn as RGBA pixels so the map needs no sprite URL.
 * A chevron pointing east (+x): MapLibre turns it along each line's direction.
 */
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
 * A chevron `size` pixels square (at `pixelRatio`), stroke `colour` with a `halo` outline so it
 * reads on the flow and on the land. Anti-aliased by coverage from the distance to the stroke.
 */
export function chevron(size: number, colour: string, halo: string, pixelRatio = 2): RgbaImage {
  const s = Math.round(size * pixelRatio);
  const data = new Uint8Array(s * s * 4);
  const [r, g, b] = hexToRgb(colour);
  const [hr, hg, hb] = hexToRgb(halo);
  const half = s / 2;
  // Two strokes meeting at the tip, on the right.
  const tip: [number, number] = [s * 0.78, half];
  const arms: [number, number][] = [
    [s * 0.32, s * 0.18],
    [s * 0.32, s * 0.82],
  ];
  const core = s * 0.09;
  const outline = core + s * 0.07;
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      const d = Math.min(...arms.map(([ax, ay]) => distToSegment(x + 0.5, y + 0.5, ax, ay, tip[0], tip[1])));
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
