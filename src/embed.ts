/**
 * Client entry of the embed pages: theme from the URL, pym.js child, hydration, embed-loaded. An
 * embed is one graphic, hydrated whole, with its data (only what the graphic shows,
 * src/lib/embed/slice.ts) and its edition's words from the page (src/entry-server.ts writes them
 * as JSON, EMBED_PROPS_ID), not from this script; EmbedApp makes
 * the edition's translator from them, as it did on the server.
 */
import { hydrate } from 'svelte';
import EmbedApp from './lib/embed/EmbedApp.svelte';
import { EMBED_PROPS_ID, embedPath } from './lib/embed/graphics.ts';
import type { EmbedData } from './lib/embed/slice.ts';
import { unpack, type Packed } from './lib/islands/pack.ts';
import { latestPerFrame, PymChild } from './lib/embed/pym.ts';
import { readParams } from './lib/embed/params.ts';
import { setTheme } from './lib/theme.svelte.ts';
import { emit } from './lib/embed/analytics.ts';
import './app.css';
import 'virtual:palette.css';

const target = document.getElementById('embed');
const graphic = target?.dataset.graphic;
if (!target || !graphic) throw new Error('embed page has no #embed element with data-graphic');

const script = document.getElementById(EMBED_PROPS_ID);
if (!script?.textContent) throw new Error(`embed page has no #${EMBED_PROPS_ID} script`);
const {
  graphic: g,
  headline,
  dek,
  shown,
  vocabulary,
  edition,
  editions,
} = unpack<EmbedData>(JSON.parse(script.textContent) as Packed);
// Read once; out of the way of hydration, which takes over the markup before it.
script.remove();

// The page's one reading of its URL; components get the typed result.
const params = readParams(location.search, vocabulary);
// ?lang= asks for another edition: the same graphic there, with the same parameters but lang.
const asked = editions.find((e) => e.lang === params.lang && e.lang !== edition.lang);
if (asked) {
  const url = new URL(embedPath(graphic, asked.path), document.baseURI);
  const query = new URLSearchParams(location.search);
  query.delete('lang');
  url.search = query.toString();
  location.replace(url.href);
  // Nothing more runs here: the page is on its way out.
  await new Promise<never>(() => {});
}
setTheme(params.theme);

const pym = new PymChild(window, params.pym);
hydrate(EmbedApp, { target, props: { graphic: g, headline, dek, shown, edition, params, pym } });
document.documentElement.dataset.hydrated = 'true';

// Keep the host's iframe exactly as tall as the content: on load, on every size change, and
// whenever the host reports a new width.
const report = () => pym.sendHeight();
new ResizeObserver(report).observe(document.documentElement);
// A burst of width reports (a host being resized) costs one measurement per frame.
const widthChanged = latestPerFrame<void>(() => pym.sendHeight(true));
pym.on('width', () => widthChanged.push());
addEventListener('load', report);
pym.sendHeight(true);

emit('embed-loaded', { graphic, mode: target.querySelector('[data-mode]')?.getAttribute('data-mode') ?? '' }, pym);
