/**
 * Client entry of the story page. The page is static HTML (src/App.svelte, rendered at build
 * time); this reads the URL once, sets the theme, and hydrates the islands (src/lib/islands): the
 * scroller at once, the map, the charts, the timeline, the source reader and the embed panel as
 * the reader gets near them, each from its own chunk. No ledger is in this script, and no
stylesheet: the page's CSS is linked in its HTML (src/page-styles.ts).
 */
import { readParams, VOCABULARY_ID, type Vocabulary } from './lib/embed/params.ts';
import { setTheme } from './lib/theme.svelte.ts';
import { reading, watchEngagement } from './lib/story/reading.svelte.ts';
import { startIslands } from './lib/islands/islands.ts';

const vocabulary = document.getElementById(VOCABULARY_ID)?.textContent;
if (!vocabulary) throw new Error(`index.html has no #${VOCABULARY_ID} script`);
// The page's one reading of its URL; the islands get the typed result.
const params = readParams(location.search, JSON.parse(vocabulary) as Vocabulary);
setTheme(params.theme);
reading.pin = params.pinned;
// From the start, so the map island (hydrated later) knows the reader has moved.
watchEngagement();
if (params.step) document.getElementById(`step-${params.step}`)?.scrollIntoView({ block: 'center' });

// Text first: the browser paints the page before any island hydrates (a frame, then a task).
await new Promise<void>((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
await startIslands({
  scroller: () => import('./lib/story/PageScroller.svelte'),
  map: () => import('./lib/story/PageMap.svelte'),
  chart: () => import('./lib/charts/SpreadChart.svelte'),
  timeline: () => import('./lib/charts/Timeline.svelte'),
  reader: () => import('./lib/components/SourceReading.svelte'),
  'embed-panel': () => import('./lib/embed/EmbedPanel.svelte'),
});
// Tests and embeds wait on this: the step scroller runs (the other islands follow as they near).
document.documentElement.dataset.hydrated = 'true';
