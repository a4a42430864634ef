/**
 * The MapLibre map lives in a small rune class provided through context under a Symbol key, so
 * thin layer components can reach it; using one outside a map fails loudly, not silently.
 */
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const MAP_KEY = Symbol('story-map');
const SOURCE_KEY = Symbol('story-map-source');

export class MapStore {
  /** The map instance: raw state, never proxied (MapLibre objects must not be made deep-reactive). */
  map = $state.raw<MapLibreMap | null>(null);
  /** True once the style has loaded and sources/layers may be added. */
  ready = $state(false);
}

export function provideMap(store: MapStore): MapStore {
  return setContext(MAP_KEY, store);
}

export function useMap(component: string): MapStore {
  const store = getContext<MapStore | undefined>(MAP_KEY);
  if (!store) throw new Error(`<${component}> must be used inside <GlMap>`);
  return store;
}

export function provideSource(id: string): void {
  setContext(SOURCE_KEY, id);
}

export function useSource(component: string): string {
  const id = getContext<string | undefined>(SOURCE_KEY);
  if (!id) throw new Error(`<${component}> must be used inside a source component such as <GeoJSONSource>`);
  return id;
}
