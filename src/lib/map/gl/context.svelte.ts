/**
 * The MapLibre map lives in a small rune class provided through context under a Symbol key, so
 * thin layer components can reach it; using one outside a map fails loudly, not silently. The
 * class queues `addSource`, `addLayer` and any other style work until the style has loaded, so
 * components never wait on a ready flag (as svelte-maplibre-gl's MapContext does).
 */
import { getContext, setContext } from 'svelte';
import type { AddLayerObject, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';

const MAP_KEY = Symbol('story-map');
const SOURCE_KEY = Symbol('story-map-source');

export class MapStore {
  /** The map instance: raw state, never proxied (MapLibre objects must not be made deep-reactive). */
  #map = $state.raw<MapLibreMap | null>(null);
  #loaded = false;
  #pending: ((map: MapLibreMap) => void)[] = [];

  get map(): MapLibreMap | null {
    return this.#map;
  }

  /** Holds `map`; work queued before its style has loaded runs at its `style.load`, in order. */
  attach(map: MapLibreMap): void {
    this.#map = map;
    map.once('style.load', () => {
      this.#loaded = true;
      const pending = this.#pending;
      this.#pending = [];
      for (const run of pending) run(map);
    });
  }

  /** Lets go of the map (before it is removed): queued work is dropped. */
  detach(): void {
    this.#map = null;
    this.#loaded = false;
    this.#pending = [];
  }

  /** Runs `run` now if the style has loaded, else once it has; never without a map. */
  whenLoaded(run: (map: MapLibreMap) => void): void {
    const map = this.#map;
    if (!map) return;
    if (this.#loaded) run(map);
    else this.#pending.push(run);
  }

  addSource(id: string, source: SourceSpecification): void {
    this.whenLoaded((map) => map.addSource(id, source));
  }

  /** Removes a source, and first any layer still drawing it (MapLibre refuses otherwise). */
  removeSource(id: string): void {
    this.whenLoaded((map) => {
      const style = map.getStyle();
      if (!style || !map.getSource(id)) return;
      for (const layer of style.layers) if ('source' in layer && layer.source === id) map.removeLayer(layer.id);
      map.removeSource(id);
    });
  }

  /** Adds a layer under `beforeId` (on top when it is undefined). */
  addLayer(layer: AddLayerObject, beforeId?: string): void {
    this.whenLoaded((map) => map.addLayer(layer, beforeId));
  }

  removeLayer(id: string): void {
    this.whenLoaded((map) => {
      if (map.getStyle() && map.getLayer(id)) map.removeLayer(id);
    });
  }
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
