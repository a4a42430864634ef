/**
 * Every island of the story page, named once: its name (as `<Island name>` writes it and the
 * client's registry in src/start.ts keys it), the module of its component, and the chunk the build
 * puts it in (vite.config.ts). A test (table.test.ts) fails when an `<Island name>` is not here, or
 * when start.ts loads another module for a name.
 */
export const ISLANDS = {
  scroller: { module: 'src/lib/page/PageScroller.svelte', chunk: 'island-scroller' },
  map: { module: 'src/lib/page/PageMap.svelte', chunk: 'island-map' },
  chart: { module: 'src/lib/charts/SpreadFrame.svelte', chunk: 'island-chart' },
  timeline: { module: 'src/lib/charts/Timeline.svelte', chunk: 'island-timeline' },
  reader: { module: 'src/lib/components/SourceReading.svelte', chunk: 'island-reader' },
  'embed-panel': { module: 'src/lib/embed/EmbedPanel.svelte', chunk: 'island-embed-panel' },
} as const;

export type IslandName = keyof typeof ISLANDS;

/**
 * Chunks that are not islands: the MapLibre shell, loaded when the map is wanted, the islands'
 * starter, and the scene resolver, loaded by the map island only for a link that pins a view.
 */
export const OTHER_CHUNKS: Record<string, string> = {
  'src/lib/map/gl/GlMap.svelte': 'map-engine',
  'src/start.ts': 'islands',
  'src/lib/scene/resolve.ts': 'map-pin',
};

/** Each dynamic entry's module → its chunk's name. */
export const CHUNK_NAMES: Record<string, string> = {
  ...OTHER_CHUNKS,
  ...Object.fromEntries(Object.values(ISLANDS).map((i) => [i.module, i.chunk])),
};
