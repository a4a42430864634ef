/**
 * The story page's islands, started by src/main.ts once the page has painted: the theme as state,
 * the URL's pin, the reader's engagement, then each island when it is wanted (src/lib/islands).
 * Loaded after the first paint, so no script but the entry's few lines stands before the text.
 */
import type { PageParams } from './lib/embed/params.ts';
import { setTheme } from './lib/theme.svelte.ts';
import { reading } from './lib/page/reading.svelte.ts';
import { onEngaged } from './lib/page/engagement.ts';
import { startIslands } from './lib/islands/islands.ts';
import type { IslandName } from './lib/islands/table.ts';
import type { IslandLoader } from './lib/islands/islands.ts';

export async function start(params: PageParams): Promise<void> {
  setTheme(params.theme);
  reading.pin = params.pinned;
  onEngaged(() => (reading.engaged = true));
  // One loader per island of the table (src/lib/islands/table.ts): a name missing or unknown here
  // does not compile, and table.test.ts checks that each loads the table's module.
  const loaders: Record<IslandName, IslandLoader> = {
    scroller: () => import('./lib/page/PageScroller.svelte'),
    map: () => import('./lib/page/PageMap.svelte'),
    chart: () => import('./lib/charts/SpreadFrame.svelte'),
    timeline: () => import('./lib/charts/Timeline.svelte'),
    reader: () => import('./lib/components/SourceReading.svelte'),
    'embed-panel': () => import('./lib/embed/EmbedPanel.svelte'),
  };
  await startIslands(loaders);
}
