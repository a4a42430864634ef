/**
 * Client entry of the story page. The page is static HTML (src/App.svelte, rendered at build
 * time); this reads the URL once against a list of ids (no ledger), puts the URL's theme on the
 * page, starts listening for the reader's first move and, once the text has painted, loads
 * src/start.ts, which hydrates the islands (src/lib/islands). Nothing else runs, or downloads,
 * before the first paint; the page's CSS is linked in its HTML (src/page-styles.ts).
 */
import { readParams, VOCABULARY_ID, type Vocabulary } from './lib/embed/params.ts';
import { watchEngagement } from './lib/page/engagement.ts';
import { firstContentfulPaint } from './lib/page/painted.ts';

const vocabulary = document.getElementById(VOCABULARY_ID)?.textContent;
if (!vocabulary) throw new Error(`index.html has no #${VOCABULARY_ID} script`);
// The page's one reading of its URL; the islands get the typed result.
const params = readParams(location.search, JSON.parse(vocabulary) as Vocabulary);
// The stylesheets key on data-theme, so the page is in its theme before it paints (start.ts sets the state).
if (params.theme !== 'auto') document.documentElement.dataset.theme = params.theme;
// From the start, so the map island (hydrated later) knows the reader has moved.
watchEngagement();
if (params.step) document.getElementById(`step-${params.step}`)?.scrollIntoView({ block: 'center' });

// A chunk's stylesheet that does not come is no reason to leave the page unhydrated: the page's
// own stylesheet, linked in its HTML, already holds every island's rules (scripts/build.ts). The
// map engine's is the exception: MapLibre needs its own, and falls back to the SVG map without it.
addEventListener('vite:preloadError', (e) => {
  const { payload } = e as Event & { payload?: unknown };
  if (payload instanceof Error && /preload CSS/.test(payload.message) && !/map-engine/.test(payload.message))
    e.preventDefault();
});

// Text first: the text is on screen before any island's code is even requested.
await firstContentfulPaint();
try {
  const { start } = await import('./start.ts');
  await start(params);
  // Tests and embeds wait on this: the step scroller runs (the other islands follow as they near).
  document.documentElement.dataset.hydrated = 'true';
} catch (e) {
  // A chunk that did not come: the text stays as it is, and the page's watch over the map
  // (src/watch.ts) turns the steps to their pictures and says so.
  document.documentElement.dataset.hydrated = 'failed';
  console.error('the page could not start its islands:', e);
}
