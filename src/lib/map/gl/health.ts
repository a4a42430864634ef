/**
 * What the story map makes of MapLibre's signals: when it has drawn the story, when the basemap
 * failed (a map without land, said in the caption), and when the SVG map must take over.
 *
 * Until the map has first drawn the story (idle, with the story's layers and the basemap loaded or
 * failed for good), every error but the basemap's means the reader would be left with a blank or
 * partial map, so it is a failure: a worker that did not load (a 404, an aborted download, an HTML
 * page served in its place) reaches the page only as a map `error` event, a refused style or layer
 * too. After that first draw an error is logged and the map keeps what it drew. The WebGL context
 * lost is a failure at any time.
 *
 * No timer: a map that never becomes idle without any error (a worker that loads but never answers)
 * sends no signal to act on, so the SVG map stays on top of it until it has drawn (StoryMap).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** What one map `error` event means: the basemap failed, fall back to the SVG map, or log it. */
export type MapErrorOutcome = 'basemap' | 'fallback' | 'log';

export function errorOutcome(sourceId: string | undefined, basemap: string, drawn: boolean): MapErrorOutcome {
  if (sourceId === basemap) return 'basemap';
  return drawn ? 'log' : 'fallback';
}

export interface WatchOptions {
  /** The id of the basemap's source. */
  basemap: string;
  /** Whether the story's layers are in the map, so that an idle map has drawn them. */
  layersReady: () => boolean;
  /** The map cannot show the story; called once. */
  onfail: (reason: string) => void;
  /** The basemap failed for good; called once. */
  onbasemaperror?: (reason: string) => void;
  /** Whether the map is idle with everything drawn, whenever that may have changed. */
  onidle: (idle: boolean) => void;
  /** The map has drawn the story for the first time; called once. */
  ondrawn?: () => void;
}

/**
 * Listens to a map for the outcomes above. Returns `stop`, to call before removing the map on
 * purpose: removal loses the WebGL context, which is then no failure to report.
 */
export function watchMap(map: MapLibreMap, o: WatchOptions): () => void {
  let stopped = false;
  let failed = false;
  let drawn = false;
  let basemapFailed = false;

  const fail = (reason: string) => {
    if (stopped || failed) return;
    failed = true;
    o.onfail(reason);
  };
  const onLost = () => fail('WebGL context lost');
  map.getCanvas().addEventListener('webglcontextlost', onLost);

  // With a listener MapLibre no longer logs errors itself: each is logged here.
  map.on('error', (e) => {
    if (stopped) return;
    const message = e.error?.message || 'unknown error';
    const outcome = errorOutcome((e as { sourceId?: string }).sourceId, o.basemap, drawn);
    if (outcome === 'basemap') {
      if (!basemapFailed) o.onbasemaperror?.(`basemap unavailable (${e.error?.message || 'failed to load'})`);
      basemapFailed = true;
      return;
    }
    console.error(e.error);
    if (outcome === 'fallback') fail(`the map failed before it was drawn (${message})`);
  });

  map.on('idle', () => {
    if (stopped || failed) return;
    const idle = o.layersReady() && (basemapFailed || map.isSourceLoaded(o.basemap));
    o.onidle(idle);
    if (idle && !drawn) {
      drawn = true;
      o.ondrawn?.();
    }
  });
  map.on('movestart', () => {
    if (!stopped) o.onidle(false);
  });

  return () => {
    stopped = true;
    map.getCanvas().removeEventListener('webglcontextlost', onLost);
  };
}
