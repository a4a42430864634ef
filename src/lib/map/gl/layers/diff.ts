/**
 * What to tell MapLibre when a layer's paint or layout props change: the keys whose values
 * changed (compared as JSON, so an expression rebuilt with the same content is no change), and
 * the keys that disappeared, which must be unset (`setPaintProperty(id, key, undefined)`) or the
 * map would keep drawing the old value.
 */
export interface PropertyChanges {
  set: [string, unknown][];
  unset: string[];
}

export function propertyChanges(previous: object, next: object): PropertyChanges {
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  return {
    set: Object.entries(after).filter(([k, v]) => !(k in before) || JSON.stringify(before[k]) !== JSON.stringify(v)),
    unset: Object.keys(before).filter((k) => !(k in after)),
  };
}
