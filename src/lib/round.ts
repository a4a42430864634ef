/**
 * The one rounding of the code: coordinates, widths and chart positions are rounded with it, so
 * that renderers agree to the pixel and snapshots are deterministic.
 * @example round(12.3456) // 12.35
 * @example round(12.3456, 1) // 12.3
 */
export function round(n: number, decimals = 2): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}
