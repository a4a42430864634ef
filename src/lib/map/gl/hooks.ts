/**
 * The map, exposed to tests as `window.__storyMap` ({ map, scene }), so that they can assert on
 * the real camera (`map.getBounds()`) and layers rather than on attributes that echo props. Set
 * only in dev and on a page opened with `?test-hooks` in its URL: published pages expose nothing
 * unless asked, and the hook reads nothing and changes nothing by itself.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Scene } from '../../scene/types.ts';

export interface StoryMapHook {
  /** The MapLibre map. */
  map: MapLibreMap;
  /** The scene it was last given. */
  readonly scene: Scene;
}

declare global {
  interface Window {
    __storyMap?: StoryMapHook;
  }
}

export function testHooksWanted(search = location.search): boolean {
  return import.meta.env.DEV || new URLSearchParams(search).has('test-hooks');
}

/** Exposes `map` when test hooks are wanted; returns the function that withdraws it. */
export function exposeMap(map: MapLibreMap, scene: () => Scene): () => void {
  if (!testHooksWanted()) return () => {};
  window.__storyMap = {
    map,
    get scene() {
      return scene();
    },
  };
  return () => {
    if (window.__storyMap?.map === map) delete window.__storyMap;
  };
}
